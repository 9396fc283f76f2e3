import { and, eq, lte, sql } from 'drizzle-orm';
import { escrowPayments, purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';

const SYSTEM = { type: 'system', job: 'refunds' } as const;
export const MAX_REFUND_BACKOFF_S = 3600;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min … at most an hour. */
export function refundBackoffS(attempts: number): number {
  return Math.min(MAX_REFUND_BACKOFF_S, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Asks the provider to give the money back for one refund_pending escrow. Success marks
 * escrow and request refunded (guarded: a retry that lost a race changes nothing); failure
 * keeps it pending with the next attempt scheduled. Never throws for a provider failure.
 */
export async function attemptRefund(deps: Deps, escrowId: string): Promise<'refunded' | 'pending' | 'skipped'> {
  // Claim the attempt with a lease, so two retriers never ask the provider at once.
  const [escrow] = await deps.db
    .update(escrowPayments)
    .set({ refundNextAttemptAt: sql`now() + interval '2 minutes'` })
    .where(
      and(
        eq(escrowPayments.id, escrowId),
        eq(escrowPayments.status, 'refund_pending'),
        lte(escrowPayments.refundNextAttemptAt, sql`now()`),
      ),
    )
    .returning();
  if (!escrow) return 'skipped';
  try {
    if (escrow.provider === 'telegram') {
      if (!deps.payments) throw new Error('Telegram payments are not configured (BOT_TOKEN)');
      if (escrow.payerTelegramId === null) throw new Error('the payer of this charge is unknown');
      await deps.payments.refundStars({ payerTelegramId: escrow.payerTelegramId, chargeId: escrow.providerChargeId });
    }
    // Other providers pay out through their own dashboards: the signed webhook has no refund call.
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
    await deps.db
      .update(escrowPayments)
      .set({
        refundAttempts: sql`${escrowPayments.refundAttempts} + 1`,
        refundLastError: message,
        refundNextAttemptAt: sql`now() + make_interval(secs => ${refundBackoffS(escrow.refundAttempts + 1)})`,
      })
      .where(and(eq(escrowPayments.id, escrowId), eq(escrowPayments.status, 'refund_pending')));
    deps.log.warn({ escrowId, attempts: escrow.refundAttempts + 1, reason: message }, 'refund failed; will retry');
    return 'pending';
  }
  const done = await deps.db.transaction(async (tx) => {
    const [refunded] = await tx
      .update(escrowPayments)
      .set({ status: 'refunded', refundedAt: sql`now()`, refundNextAttemptAt: null })
      .where(and(eq(escrowPayments.id, escrowId), eq(escrowPayments.status, 'refund_pending')))
      .returning();
    if (!refunded) return null;
    const [req] = await tx
      .update(purchaseRequests)
      .set({ status: 'refunded', refundedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(purchaseRequests.id, refunded.requestId), eq(purchaseRequests.status, 'refund_pending')))
      .returning();
    await recordAudit(
      tx,
      SYSTEM,
      'request.refunded',
      { type: 'purchase_request', id: refunded.requestId },
      {
        amount: refunded.amount,
        provider: refunded.provider,
        attempts: refunded.refundAttempts + 1,
      },
    );
    if (req) {
      await queueNotifications(tx, [
        {
          recipientId: req.buyerId,
          kind: 'refund',
          payload: { requestId: req.id, amount: refunded.amount },
          dedupeKey: `refund:${req.id}`,
        },
      ]);
    }
    return req ?? null;
  });
  if (done) deps.events.toUser(done.buyerId, 'request-update', { requestId: done.id, status: 'refunded' });
  return done ? 'refunded' : 'skipped';
}
