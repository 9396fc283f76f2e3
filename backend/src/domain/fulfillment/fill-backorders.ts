import { and, asc, eq, sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { afterStep, fulfillInTx } from './fulfill-on-funded.ts';

/**
 * Fills a pool's backorders first in, first out: the oldest waiting request is served
 * first, and if it cannot be filled nothing behind it jumps the queue. One filler per
 * pool at a time (a transaction-scoped advisory lock), so two restocks cannot reorder it.
 */
export async function fillBackorders(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<number> {
  let filled = 0;
  for (;;) {
    const step = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`backorders:${poolId}`}, 0))`);
      const [head] = await tx
        .select({ id: purchaseRequests.id })
        .from(purchaseRequests)
        .where(and(eq(purchaseRequests.poolId, poolId), eq(purchaseRequests.status, 'awaiting_stock')))
        .orderBy(asc(purchaseRequests.awaitingStockAt), asc(purchaseRequests.id))
        .limit(1);
      return head ? fulfillInTx(tx, ctx, { requestId: head.id }) : null;
    });
    if (step?.outcome.status !== 'delivered') return filled;
    filled++;
    await afterStep(ctx, step);
  }
}
