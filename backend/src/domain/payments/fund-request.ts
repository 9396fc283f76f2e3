import type { Currency } from '@codepool/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { escrowPayments, purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../context.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../errors.ts';
import { takeUnits, type UnitsRefusal } from '../templates/purchase-rules.ts';

export type VerifiedPayment = {
  requestId: string;
  provider: string;
  chargeId: string;
  amount: number;
  currency: Currency;
  payerTelegramId?: number | undefined;
};

/** The sale would pass a cap or the buyer's limit: nothing was written, and the charge goes back. */
export class UnitsRefusedError extends ConflictError {
  constructor(readonly rule: UnitsRefusal) {
    super(`the payment came past a sales rule (${rule})`, { rule });
  }
}

/**
 * Moves a request from pending_payment to funded and opens its escrow with this charge, in
 * the caller's transaction. Only a verified payment gets here, and recordPayment has
 * checked under the request's lock that the request can take it; the guards stay, so a
 * caller that did not check changes nothing. An in-transaction step of recordPayment, not an
 * operation.
 */
export async function fundRequest(tx: Tx, actor: Actor, payment: VerifiedPayment) {
  const [req] = await tx
    .select()
    .from(purchaseRequests)
    .where(eq(purchaseRequests.id, payment.requestId))
    .for('update');
  if (!req) throw new NotFoundError('purchase request');
  if (payment.amount !== req.total || payment.currency !== req.currency) {
    throw new PreconditionFailedError('payment amount does not match the request', {
      expected: { amount: req.total, currency: req.currency },
      received: { amount: payment.amount, currency: payment.currency },
    });
  }
  const units = req.status === 'pending_payment' ? await takeUnits(tx, req) : null;
  if (units?.refused) throw new UnitsRefusedError(units.refused);
  const [funded] = await tx
    .update(purchaseRequests)
    .set({ status: 'funded', fundedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, req.id), eq(purchaseRequests.status, 'pending_payment')))
    .returning();
  // No row: another payment got here first, or the request moved on. Never overwrite.
  if (!funded) throw new ConflictError(`request is ${req.status}, not awaiting payment`, { status: req.status });

  const [escrow] = await tx
    .insert(escrowPayments)
    .values({
      id: uuidv7(),
      requestId: req.id,
      provider: payment.provider,
      providerChargeId: payment.chargeId,
      amount: payment.amount,
      currency: payment.currency,
      payerTelegramId: payment.payerTelegramId ?? null,
    })
    .returning({ id: escrowPayments.id });
  await recordAudit(
    tx,
    actor,
    'request.funded',
    { type: 'purchase_request', id: req.id },
    {
      provider: payment.provider,
      chargeId: payment.chargeId,
      amount: payment.amount,
    },
  );
  // Last: a listing without rules has its sold counts (hot rows) held only from here to the commit.
  if (units && units.refused === null) await units.count();
  return { request: funded, escrowId: escrow?.id ?? '' };
}
