import { and, eq, inArray, lte, notExists, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type EscrowPaymentRow, escrowPayments, purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, Deps, ServiceContext } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { userByTelegramId } from '../users/user-by-telegram-id.ts';

/** Refund attempts are the refund machinery's, audited as such whoever asked for the refund. */
const SYSTEM = { type: 'system', job: 'refunds' } as const;
export const MAX_REFUND_BACKOFF_S = 3600;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min … at most an hour. */
export function refundBackoffS(attempts: number): number {
  return Math.min(MAX_REFUND_BACKOFF_S, 30 * 2 ** Math.max(0, attempts - 1));
}

/** Providers whose refunds are an API call; any other needs a person (refund_manual). */
const REFUND_API = new Set(['telegram', 'dev']);

/**
 * Asks the provider to give the money back for one refund_pending charge. Telegram: by the
 * charge id, and success marks the charge refunded (guarded: a retry that lost a race changes
 * nothing); failure keeps it pending with the next attempt scheduled. A provider without a
 * refund API moves the charge to refund_manual: the seller is asked to pay it back and
 * confirm, the buyer is told it was requested. Never throws for a provider failure.
 */
export async function attemptRefund(
  ctx: ServiceContext,
  { escrowId }: { escrowId: string },
): Promise<'refunded' | 'pending' | 'manual' | 'skipped'> {
  const deps: Deps = ctx;
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
  if (!REFUND_API.has(escrow.provider)) return (await needsPerson(deps, escrow)) ? 'manual' : 'skipped';
  try {
    if (escrow.provider === 'telegram') {
      if (!deps.payments) throw new Error('Telegram payments are not configured (BOT_TOKEN)');
      if (escrow.payerTelegramId === null) throw new Error('the payer of this charge is unknown');
      await deps.payments.refundStars({ payerTelegramId: escrow.payerTelegramId, chargeId: escrow.providerChargeId });
    }
    // 'dev' charges moved no money: nothing to give back.
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
  const done = await deps.db.transaction((tx) => markRefunded(tx, SYSTEM, { escrowId, from: ['refund_pending'] }));
  if (done?.requestRefunded && done.buyerId) {
    deps.events.toUser(done.buyerId, 'request-update', { requestId: done.requestRefunded, status: 'refunded' });
  }
  return done ? 'refunded' : 'skipped';
}

/** The refund asked of a provider that pays back by hand: the seller makes it and confirms. */
async function needsPerson(deps: Deps, escrow: EscrowPaymentRow): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const [moved] = await tx
      .update(escrowPayments)
      .set({ status: 'refund_manual', refundNextAttemptAt: null })
      .where(and(eq(escrowPayments.id, escrow.id), eq(escrowPayments.status, 'refund_pending')))
      .returning();
    if (!moved) return false;
    const [req] = moved.requestId
      ? await tx.select().from(purchaseRequests).where(eq(purchaseRequests.id, moved.requestId))
      : [];
    const buyer = req?.buyerId ?? (await userByTelegramId(tx, moved.payerTelegramId));
    await queueNotifications(tx, [
      ...(req
        ? [
            {
              recipientId: req.sellerId,
              kind: 'refund_manual' as const,
              payload: { requestId: req.id, amount: moved.amount, provider: moved.provider },
              dedupeKey: `refund_manual:${moved.id}`,
            },
          ]
        : []),
      ...(buyer
        ? [
            {
              recipientId: buyer,
              kind: 'refund_requested' as const,
              payload: { requestId: req?.id ?? null, amount: moved.amount },
              dedupeKey: `refund_requested:${moved.id}`,
            },
          ]
        : []),
    ]);
    await recordAudit(
      tx,
      SYSTEM,
      'refund.manual_needed',
      req ? { type: 'purchase_request', id: req.id } : { type: 'payment_provider', id: moved.provider },
      { escrowPaymentId: moved.id, amount: moved.amount, provider: moved.provider },
    );
    if (!req)
      deps.log.error(
        { escrowId: moved.id, provider: moved.provider },
        'a charge for no known request needs a manual refund',
      );
    return true;
  });
}

/**
 * One charge refunded, in the caller's transaction: the charge row, and the request too when
 * no other charge of it is still held or being refunded; the buyer is told, once per charge.
 * An in-transaction step (attemptRefund, confirmManualRefund, reconcileStars), not an operation.
 */
export async function markRefunded(
  tx: Tx,
  actor: Actor,
  { escrowId, from }: { escrowId: string; from: ('refund_pending' | 'refund_manual')[] },
): Promise<{ requestRefunded: string | null; buyerId: string | null } | null> {
  const [refunded] = await tx
    .update(escrowPayments)
    .set({ status: 'refunded', refundedAt: sql`now()`, refundNextAttemptAt: null })
    .where(and(eq(escrowPayments.id, escrowId), inArray(escrowPayments.status, from)))
    .returning();
  if (!refunded) return null;
  const others = tx
    .select({ one: sql`1` })
    .from(escrowPayments)
    .where(
      and(
        eq(escrowPayments.requestId, purchaseRequests.id),
        inArray(escrowPayments.status, ['funded', 'refund_pending', 'refund_manual']),
      ),
    );
  const [req] = refunded.requestId
    ? await tx
        .update(purchaseRequests)
        .set({ status: 'refunded', refundedAt: sql`now()`, updatedAt: sql`now()` })
        .where(
          and(
            eq(purchaseRequests.id, refunded.requestId),
            eq(purchaseRequests.status, 'refund_pending'),
            notExists(others),
          ),
        )
        .returning()
    : [];
  const [owner] = refunded.requestId
    ? await tx
        .select({ buyerId: purchaseRequests.buyerId })
        .from(purchaseRequests)
        .where(eq(purchaseRequests.id, refunded.requestId))
    : [];
  const buyer = owner?.buyerId ?? (await userByTelegramId(tx, refunded.payerTelegramId));
  await recordAudit(
    tx,
    actor,
    'request.refunded',
    refunded.requestId
      ? { type: 'purchase_request', id: refunded.requestId }
      : { type: 'payment_provider', id: refunded.provider },
    {
      amount: refunded.amount,
      provider: refunded.provider,
      escrowPaymentId: refunded.id,
      attempts: refunded.refundAttempts + 1,
      requestRefunded: Boolean(req),
    },
  );
  if (buyer) {
    await queueNotifications(tx, [
      {
        recipientId: buyer,
        kind: 'refund',
        payload: { requestId: refunded.requestId, amount: refunded.amount },
        dedupeKey: `refund:${refunded.id}`,
      },
    ]);
  }
  return { requestRefunded: req?.id ?? null, buyerId: buyer };
}
