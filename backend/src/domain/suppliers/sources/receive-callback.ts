import { z } from 'zod';
import { verifySignature } from '../../../suppliers/seller-server/sign.ts';
import type { ServiceContext } from '../../context.ts';
import { NotFoundError, UnauthorizedError, ValidationError } from '../../errors.ts';
import { signalSupplierOrder } from '../orders/signal-order.ts';
import { adapterSourceOf, sourceById } from './load-source.ts';

export type CallbackHeaders = { timestamp: string | undefined; signature: string | undefined };

/** Printable text without NUL or other control characters except tab. */
const noControl = (s: string) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(s);
const Code = z.string().min(1).max(1000).refine(noControl, 'a code holds no control characters');

/** What the seller server may post back, exactly: anything else is refused whole. */
export const CallbackBody = z.union([
  z.strictObject({ orderId: z.uuid(), codes: z.array(Code).min(1).max(1000) }),
  z.strictObject({
    orderId: z.uuid(),
    status: z.literal('failed'),
    reason: z.string().min(1).max(500).refine(noControl, 'a reason holds no control characters'),
  }),
]);

/**
 * The seller server's callback for an order it answered 202: its codes, or its failure.
 * Checked in this order, each refusal changing nothing: the source exists and speaks this
 * protocol (404), the HMAC over `timestamp.rawBody` under its secret and the 5-minute window
 * (401), the body's shape (400), then the order engine takes it (404 when no open order of
 * this source has that id). The signed channel is what lets the pushed codes be believed.
 */
export async function receiveCallback(
  ctx: ServiceContext,
  { sourceId, headers, rawBody }: { sourceId: string | null; headers: CallbackHeaders; rawBody: Buffer },
): Promise<void> {
  // Removed sources still count: orders placed before the removal run to their end.
  const source = sourceId ? await sourceById(ctx.db, sourceId) : null;
  if (source?.kind !== 'seller_server') throw new NotFoundError('supplier source');
  const secret = adapterSourceOf(ctx, source).credentials.secret;
  if (!secret) throw new UnauthorizedError('this source has no secret to check the signature with');

  // The MAC covers the timestamp as written: one with a leading zero would verify as another string.
  const canonical = headers.timestamp === undefined || /^[1-9]\d{0,11}$/.test(headers.timestamp);
  const check = canonical ? verifySignature(secret, headers, rawBody) : 'malformed';
  if (check !== 'ok') {
    ctx.log.info({ sourceId: source.id, check }, 'supplier callback refused');
    throw new UnauthorizedError(
      check === 'stale' ? 'the timestamp is outside the 5-minute window' : 'the signature does not match',
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new ValidationError('the body is not JSON');
  }
  const body = CallbackBody.safeParse(json);
  if (!body.success)
    throw new ValidationError('expected {orderId, codes: [...]} or {orderId, status: "failed", reason}');

  const { orderId } = body.data;
  const common = { supplierOrderId: orderId, unitCost: null, totalCost: null, updatedAt: null };
  const outcome = await signalSupplierOrder(ctx, {
    sourceId: source.id,
    externalId: orderId,
    pushed:
      'codes' in body.data
        ? { state: 'completed', keys: body.data.codes.map((code) => ({ kind: 'text', code })), ...common }
        : { state: 'canceled', reason: body.data.reason, ...common },
  });
  if (outcome === 'unknown') throw new NotFoundError('supplier order');
}
