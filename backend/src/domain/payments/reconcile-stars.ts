import { and, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import {
  escrowPayments,
  purchaseRequests,
  type ReconciliationRunRow,
  reconciliationRuns,
  starTransactions,
} from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps, ServiceContext } from '../context.ts';
import { PreconditionFailedError } from '../errors.ts';
import { markRefunded } from '../escrow/attempt-refund.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import type { StarTransaction } from './payment-gateway.ts';
import { recordPayment } from './record-payment.ts';

/** Its repairs are the reconciler's, audited as such whoever ran it (the job, `codepool reconcile`). */
const SYSTEM = { type: 'system', job: 'reconcile-stars' } as const;
const PAGE = 100;
const MAX_PAGES = 500;
/** A refund made in the last minutes may not be in Telegram's list yet: not a mismatch. */
const DEFAULT_GRACE_S = 600;

export type Mismatch = { kind: string; transactionId?: string; escrowPaymentId?: string };

/**
 * Compares Telegram's own record of the bot's Stars with ours, and repairs what it can:
 * - every incoming Stars payment must be a recorded charge. One we never saw (its
 *   successful_payment update was lost) is recorded now and fulfilled or refunded by the
 *   same rules as any payment (recordPayment);
 * - every outgoing one must be a refund we made. A refund Telegram made for a charge we still
 *   thought pending is marked done; one we never asked for is reported;
 * - every refund we recorded must be in Telegram's list. One missing goes back to
 *   refund_pending, so the refund outbox asks Telegram again.
 * Each Telegram transaction is stored once (id + direction) and linked to the one charge it
 * matched. Mismatches are counted in the run's row, alerted, and shown on the ledger page.
 */
export async function reconcileStars(
  ctx: ServiceContext,
  { graceS = DEFAULT_GRACE_S }: { graceS?: number } = {},
): Promise<ReconciliationRunRow> {
  const deps = ctx;
  const gateway = deps.payments;
  if (!gateway) throw new PreconditionFailedError('Telegram payments are not configured (BOT_TOKEN)');
  const runId = uuidv7();
  await deps.db.insert(reconciliationRuns).values({ id: runId });
  const since = Date.now() / 1000 - deps.settings.reconcileLookbackDays * 86_400;
  const mismatches: Mismatch[] = [];
  const counts = { incoming: 0, outgoing: 0, matched: 0, recovered: 0, refundsReopened: 0, unknownRefunds: 0 };
  const affected = new Set<string>();

  // Only refunds made before the list was read can be missing from it.
  const readAt = Date.now();
  const txs: StarTransaction[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await gateway.starTransactions({ offset: page * PAGE, limit: PAGE });
    txs.push(...batch);
    if (batch.length < PAGE) break;
  }
  const ours = txs.filter((t) => t.partner === 'user' && t.date >= since);

  // Matched by an earlier run: counted, not compared again (each is matched exactly once).
  const settled = new Set(
    (
      await deps.db
        .select({ id: starTransactions.id, direction: starTransactions.direction })
        .from(starTransactions)
        .where(and(isNotNull(starTransactions.escrowPaymentId), gte(starTransactions.date, new Date(since * 1000))))
    ).map((t) => `${t.direction}:${t.id}`),
  );
  for (const t of ours) {
    if (settled.has(`${t.direction}:${t.id}`)) {
      counts[t.direction === 'in' ? 'incoming' : 'outgoing']++;
      counts.matched++;
      continue;
    }
    await deps.db
      .insert(starTransactions)
      .values({
        id: t.id,
        direction: t.direction,
        amount: t.amount,
        date: new Date(t.date * 1000),
        userTelegramId: t.userTelegramId,
        invoicePayload: t.invoicePayload,
      })
      .onConflictDoNothing();
    let [charge] = await deps.db
      .select()
      .from(escrowPayments)
      .where(and(eq(escrowPayments.provider, 'telegram'), eq(escrowPayments.providerChargeId, t.id)));
    let unmatched = false;
    if (t.direction === 'in') {
      counts.incoming++;
      if (!charge) {
        // A payment Telegram holds that we never saw: record it as its update would have.
        await recordPayment(ctx, {
          provider: 'telegram',
          eventId: t.id,
          eventType: 'successful_payment',
          payload: { recoveredBy: 'reconciliation', amount: t.amount, date: t.date, from: t.userTelegramId },
          requestId: t.invoicePayload ?? '',
          chargeId: t.id,
          amount: t.amount,
          currency: 'XTR',
          ...(t.userTelegramId !== null ? { payerTelegramId: t.userTelegramId } : {}),
        });
        [charge] = await deps.db
          .select()
          .from(escrowPayments)
          .where(and(eq(escrowPayments.provider, 'telegram'), eq(escrowPayments.providerChargeId, t.id)));
        counts.recovered++;
        mismatches.push({ kind: 'payment_not_seen', transactionId: t.id, escrowPaymentId: charge?.id });
      } else if (charge.amount !== t.amount) {
        mismatches.push({ kind: 'amount_differs', transactionId: t.id, escrowPaymentId: charge.id });
      }
    } else {
      counts.outgoing++;
      if (charge && (charge.status === 'refund_pending' || charge.status === 'refund_manual')) {
        // Telegram refunded it and the answer never reached us: it is done.
        await deps.db.transaction((tx) =>
          markRefunded(tx, SYSTEM, { escrowId: charge?.id ?? '', from: ['refund_pending', 'refund_manual'] }),
        );
      } else if (charge?.status !== 'refunded') {
        counts.unknownRefunds++;
        unmatched = true;
        mismatches.push({ kind: 'refund_not_made_by_us', transactionId: t.id, escrowPaymentId: charge?.id });
      }
    }
    if (!charge) continue;
    if (charge.requestId) affected.add(charge.requestId);
    if (unmatched) continue;
    // Linked once: the same transaction seen by a later run keeps its one match.
    await deps.db
      .update(starTransactions)
      .set({ escrowPaymentId: charge.id })
      .where(
        and(
          eq(starTransactions.id, t.id),
          eq(starTransactions.direction, t.direction),
          isNull(starTransactions.escrowPaymentId),
        ),
      );
    counts.matched++;
  }

  // Refunds we recorded that Telegram does not have: ask again.
  const refundedOut = new Set(ours.filter((t) => t.direction === 'out').map((t) => t.id));
  const ourRefunds = await deps.db
    .select({ id: escrowPayments.id, chargeId: escrowPayments.providerChargeId, requestId: escrowPayments.requestId })
    .from(escrowPayments)
    .where(
      and(
        eq(escrowPayments.provider, 'telegram'),
        eq(escrowPayments.status, 'refunded'),
        gte(escrowPayments.refundedAt, new Date(since * 1000)),
        lt(escrowPayments.refundedAt, new Date(readAt - graceS * 1000)),
      ),
    );
  for (const r of ourRefunds.filter((r) => !refundedOut.has(r.chargeId))) {
    const reopened = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .update(escrowPayments)
        .set({ status: 'refund_pending', refundedAt: null, refundNextAttemptAt: sql`now()` })
        .where(and(eq(escrowPayments.id, r.id), eq(escrowPayments.status, 'refunded')))
        .returning({ id: escrowPayments.id });
      if (!row) return false;
      if (r.requestId) {
        await tx
          .update(purchaseRequests)
          .set({ status: 'refund_pending', refundedAt: null, updatedAt: sql`now()` })
          .where(and(eq(purchaseRequests.id, r.requestId), eq(purchaseRequests.status, 'refunded')));
      }
      await recordAudit(
        tx,
        SYSTEM,
        'refund.reopened',
        r.requestId ? { type: 'purchase_request', id: r.requestId } : { type: 'payment_provider', id: 'telegram' },
        { escrowPaymentId: r.id, why: 'not in Telegram’s transactions' },
      );
      return true;
    });
    if (!reopened) continue;
    counts.refundsReopened++;
    if (r.requestId) affected.add(r.requestId);
    mismatches.push({ kind: 'refund_missing_at_telegram', escrowPaymentId: r.id });
  }

  const starBalance = await gateway.starBalance().catch(() => null);
  const [run] = await deps.db
    .update(reconciliationRuns)
    .set({
      ...counts,
      mismatches: mismatches.length,
      details: mismatches.slice(0, 200),
      starBalance,
      finishedAt: sql`now()`,
    })
    .where(eq(reconciliationRuns.id, runId))
    .returning();
  if (!run) throw new Error('reconciliation run row missing');
  if (mismatches.length > 0) await alert(deps, mismatches.length, runId, [...affected]);
  return run;
}

/** Mismatches are logged as errors and told to the sellers whose requests they touch. */
async function alert(deps: Deps, n: number, runId: string, requestIds: string[]) {
  deps.log.error({ runId, mismatches: n }, 'Stars reconciliation found mismatches');
  const sellers =
    requestIds.length === 0
      ? []
      : await deps.db
          .selectDistinct({ id: purchaseRequests.sellerId })
          .from(purchaseRequests)
          .where(inArray(purchaseRequests.id, requestIds));
  await deps.db.transaction((tx) =>
    queueNotifications(
      tx,
      sellers.map((s) => ({
        recipientId: s.id,
        kind: 'reconcile_mismatch' as const,
        payload: { runId, mismatches: n },
        dedupeKey: `reconcile:${runId}:${s.id}`,
      })),
    ),
  );
}
