import { createHash, timingSafeEqual } from 'node:crypto';
import type { SupplierQuote } from '@codepool/shared';
import { z } from 'zod';
import { metrics } from '../../../lib/metrics.ts';
import { KINGUIN_EVENTS, OrderEvent, ProductUpdateEvent, toCents } from '../../../suppliers/kinguin/protocol.ts';
import type { Deps } from '../../context.ts';
import { NotFoundError, UnauthorizedError, ValidationError } from '../../errors.ts';
import { signalSupplierOrder } from '../orders/signal-order.ts';
import { sourceById } from '../sources/load-source.ts';
import { storeQuote } from '../sources/store-quote.ts';

export type KinguinWebhookInput = {
  sourceId: string;
  eventName: string | undefined;
  secret: string | undefined;
  body: unknown;
};

const SourceId = z.uuid();
const EventName = z.enum(KINGUIN_EVENTS);

/**
 * One Kinguin webhook at a source's own URL. Who first: a caller without the source's
 * X-Event-Secret learns nothing about what a valid body looks like, and costs no row (a
 * refusal is a metric). The secret is static, so nothing in an order event is believed: it
 * only tells the engine to re-fetch that order now. A product.update is Kinguin's own price
 * and availability, stored as the quote, ordered by the event's `updatedAt`.
 */
export async function handleKinguinWebhook(
  deps: Deps,
  input: KinguinWebhookInput,
): Promise<'stored' | 'stale' | 'ignored' | 'accepted' | 'unknown'> {
  const id = SourceId.safeParse(input.sourceId);
  const source = id.success ? await sourceById(deps.db, id.data) : null;
  if (!source || source.removedAt !== null || source.kind !== 'kinguin') throw new NotFoundError('supplier source');

  if (!secretMatches(input.secret, source.webhookSecretHash)) {
    metrics.supplierWebhooksRefused.inc({ kind: 'kinguin' });
    throw new UnauthorizedError('wrong or missing X-Event-Secret');
  }

  const name = EventName.safeParse(input.eventName);
  if (!name.success) throw new ValidationError(`unknown X-Event-Name; expected one of ${KINGUIN_EVENTS.join(', ')}`);

  if (name.data === 'product.update') {
    const event = ProductUpdateEvent.safeParse(input.body);
    if (!event.success) throw new ValidationError('invalid product.update body', zodIssues(event.error));
    const e = event.data;
    // Kinguin sends every product of the store; only this source's product is its quote.
    const ours =
      e.productId === source.productId || (e.kinguinId !== undefined && String(e.kinguinId) === source.productId);
    if (!ours) return 'ignored';
    const quote: SupplierQuote = {
      unitCost: e.qty > 0 ? toCents(e.price) : null,
      currency: 'EUR',
      available: e.qty,
      name: source.quote?.name ?? null,
      checkedAt: new Date().toISOString(),
    };
    const stored = await storeQuote(deps.db, { sourceId: source.id, quote, updatedAt: new Date(e.updatedAt) });
    return stored ? 'stored' : 'stale';
  }

  const event = OrderEvent.safeParse(input.body);
  if (!event.success) throw new ValidationError(`invalid ${name.data} body`, zodIssues(event.error));
  return signalSupplierOrder(deps, {
    sourceId: source.id,
    externalId: event.data.orderExternalId ?? undefined,
    supplierOrderId: event.data.orderId,
    updatedAt: new Date(event.data.updatedAt),
  });
}

/** Where and what, never the value: the body is the caller's. */
function zodIssues(e: z.ZodError) {
  return e.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** SHA-256 of the presented secret against the stored hash, in constant time. */
function secretMatches(presented: string | undefined, storedHash: Buffer | null): boolean {
  if (!presented || !storedHash || storedHash.length !== 32 || presented.length > 512) return false;
  const hash = createHash('sha256').update(presented, 'utf8').digest();
  return timingSafeEqual(hash, storedHash);
}
