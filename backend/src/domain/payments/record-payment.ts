import type { Currency } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { escrowPayments, paymentEvents, purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, Deps } from '../context.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { fulfilOnFunded } from '../fulfilment/fulfil-on-funded.ts';
import { fundRequest } from './fund-request.ts';

const LATE = new Set(['expired', 'cancelled']);

export type ProviderPayment = {
  provider: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  requestId: string;
  chargeId: string;
  amount: number;
  currency: Currency;
  payerTelegramId?: number;
};

/**
 * A verified payment, once: the event is recorded under its (provider, id, type) key in
 * the same transaction that funds the request, so a repeat changes nothing. Delivery
 * follows after commit; its failure is logged and left to the sweeper, never undoing the
 * payment.
 */
export async function recordPayment(
  deps: Deps,
  payment: ProviderPayment,
): Promise<'processed' | 'duplicate' | 'refunding'> {
  const actor: Actor = { type: 'system', job: `payment:${payment.provider}` };
  const fresh = await deps.db.transaction(async (tx) => {
    const [recorded] = await tx
      .insert(paymentEvents)
      .values({
        id: uuidv7(),
        provider: payment.provider,
        externalId: payment.eventId,
        eventType: payment.eventType,
        payload: payment.payload,
      })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    if (!recorded) return 'duplicate' as const;
    const [current] = await tx
      .select({ status: purchaseRequests.status })
      .from(purchaseRequests)
      .where(eq(purchaseRequests.id, payment.requestId))
      .for('update');
    if (current && LATE.has(current.status)) {
      // Paid after the request expired or was cancelled: the money is ours to give back.
      const [escrow] = await tx
        .insert(escrowPayments)
        .values({
          id: uuidv7(),
          requestId: payment.requestId,
          provider: payment.provider,
          providerChargeId: payment.chargeId,
          amount: payment.amount,
          currency: payment.currency,
          status: 'refund_pending',
          payerTelegramId: payment.payerTelegramId ?? null,
          refundNextAttemptAt: sql`now()`,
        })
        .returning({ id: escrowPayments.id });
      await recordAudit(
        tx,
        actor,
        'payment.late_refunding',
        { type: 'purchase_request', id: payment.requestId },
        {
          status: current.status,
          amount: payment.amount,
        },
      );
      await tx.update(paymentEvents).set({ processedAt: sql`now()` }).where(eq(paymentEvents.id, recorded.id));
      return { late: escrow?.id ?? '' };
    }
    const funded = await fundRequest(tx, actor, payment);
    if (payment.payerTelegramId !== undefined) {
      await tx
        .update(escrowPayments)
        .set({ payerTelegramId: payment.payerTelegramId })
        .where(eq(escrowPayments.requestId, funded.id));
    }
    await tx.update(paymentEvents).set({ processedAt: sql`now()` }).where(eq(paymentEvents.id, recorded.id));
    return 'funded' as const;
  });
  if (fresh === 'duplicate') return 'duplicate';
  if (typeof fresh === 'object') {
    await attemptRefund(deps, fresh.late);
    return 'refunding';
  }
  await fulfilOnFunded(deps, payment.requestId).catch((e: unknown) =>
    deps.log.error({ err: e, requestId: payment.requestId }, 'fulfilment after payment failed; the sweeper retries'),
  );
  return 'processed';
}
