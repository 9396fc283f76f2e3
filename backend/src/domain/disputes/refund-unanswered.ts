import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { disputes, purchaseRequests, users } from '../../db/schema/index.ts';
import type { Deps } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { type RefundStarted, startRefund } from '../escrow/start-refund.ts';
import { onRestock } from '../fulfilment/on-restock.ts';

const SYSTEM = { type: 'system', job: 'refund-unanswered' } as const;

/**
 * Refunds what a seller left unanswered: open disputes past their answer-by time, and paid
 * requests still waiting for a manual delivery or a restock after the seller's response
 * time. The buyer never waits on a silent seller forever.
 */
export async function refundUnanswered(deps: Deps, { limit = 200 } = {}): Promise<number> {
  const overdueDisputes = await deps.db
    .select({ requestId: disputes.requestId })
    .from(disputes)
    .where(and(eq(disputes.status, 'open'), lt(disputes.respondBy, sql`now()`)))
    .orderBy(asc(disputes.respondBy))
    .limit(limit);
  const overdueOrders = await deps.db
    .select({ requestId: purchaseRequests.id })
    .from(purchaseRequests)
    .innerJoin(users, eq(users.id, purchaseRequests.sellerId))
    .where(
      and(
        inArray(purchaseRequests.status, ['funded', 'awaiting_stock']),
        lt(
          purchaseRequests.fundedAt,
          sql`now() - make_interval(hours => coalesce(${users.disputeResponseH}, ${deps.settings.disputeResponseH}))`,
        ),
      ),
    )
    .limit(limit);

  let refunded = 0;
  for (const { requestId } of [...overdueDisputes, ...overdueOrders]) {
    let started: RefundStarted;
    try {
      started = await deps.db.transaction((tx) => startRefund(tx, SYSTEM, requestId, 'seller did not answer in time'));
    } catch (e) {
      if (e instanceof ConflictError) continue;
      throw e;
    }
    refunded++;
    await attemptRefund(deps, started.escrowId);
    if (started.returned > 0 && started.poolId) await onRestock(deps, started.poolId);
  }
  return refunded;
}
