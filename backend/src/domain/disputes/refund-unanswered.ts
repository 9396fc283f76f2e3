import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { disputes, purchaseRequests, users } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { type RefundStarted, startRefund } from '../escrow/start-refund.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { replaceUnanswered } from './replace-unanswered.ts';

/**
 * Settles what a seller left unanswered: open disputes past their answer-by time — a
 * dispute about some items of a request is answered by replacing those items when the pool
 * has them, anything else is refunded — and paid requests still waiting for a manual
 * delivery or a restock after the seller's response time. The buyer never waits on a
 * silent seller forever. Returns how many were refunded. Audited as the calling job
 * (`refund-unanswered`).
 */
export async function refundUnanswered(ctx: ServiceContext, { limit = 200 }: { limit?: number } = {}): Promise<number> {
  const overdueDisputes = await ctx.db
    .select({ requestId: disputes.requestId })
    .from(disputes)
    .where(and(eq(disputes.status, 'open'), lt(disputes.respondBy, sql`now()`)))
    .orderBy(asc(disputes.respondBy))
    .limit(limit);
  const overdueRequests = await ctx.db
    .select({ requestId: purchaseRequests.id })
    .from(purchaseRequests)
    .innerJoin(users, eq(users.id, purchaseRequests.sellerId))
    .where(
      and(
        inArray(purchaseRequests.status, ['funded', 'awaiting_stock']),
        lt(
          // A replacement owed by hand restarts the seller's clock when it is asked for.
          sql`greatest(${purchaseRequests.fundedAt}, ${purchaseRequests.manualNotifiedAt})`,
          sql`now() - make_interval(hours => coalesce(${users.disputeResponseH}, ${ctx.settings.disputeResponseH}))`,
        ),
      ),
    )
    .limit(limit);

  let refunded = 0;
  const partlyDisputed = new Set<string>();
  for (const { requestId } of overdueDisputes) {
    if (await replaceUnanswered(ctx, { requestId })) partlyDisputed.add(requestId);
  }
  for (const { requestId } of [...overdueDisputes, ...overdueRequests]) {
    if (partlyDisputed.has(requestId)) continue;
    let started: RefundStarted;
    try {
      started = await ctx.db.transaction((tx) =>
        startRefund(tx, ctx.actor, { requestId, why: 'seller did not answer in time' }),
      );
    } catch (e) {
      if (e instanceof ConflictError) continue;
      throw e;
    }
    refunded++;
    await attemptRefund(ctx, { escrowId: started.escrowId });
    if (started.returned > 0 && started.poolId) await onRestock(ctx, { poolId: started.poolId });
  }
  return refunded;
}
