import { and, eq, sql } from 'drizzle-orm';
import { disputes, poolItems, purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { isManualPool } from '../pools/manual-pool.ts';
import { replaceDisputed } from './replace-disputed.ts';

/**
 * A seller's silence on a dispute about some items of a request: the disputed items are
 * replaced from the pool when it has the stock, instead of refunding the whole charge and
 * burning the good items the buyer already revealed. Returns false (nothing changed) when
 * the dispute covers the whole request, the delivery was by hand, or stock is short: the
 * caller refunds then.
 */
export async function replaceUnanswered(ctx: ServiceContext, { requestId }: { requestId: string }): Promise<boolean> {
  const poolId = await ctx.db.transaction(async (tx) => {
    const [req] = await tx.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId)).for('update');
    if (req?.status !== 'disputed' || !req.poolId || (await isManualPool(tx, req.poolId))) return null;
    const [dispute] = await tx
      .select()
      .from(disputes)
      .where(and(eq(disputes.requestId, requestId), eq(disputes.status, 'open')));
    if (!dispute) return null;
    const [held] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(poolItems)
      .where(and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'delivered')));
    if (new Set(dispute.itemIds).size >= (held?.n ?? 0)) return null;
    try {
      // A savepoint: a short pool or the cap leaves the request exactly as it was.
      const replaced = await tx.transaction((sp) => replaceDisputed(sp, ctx, req, dispute));
      return replaced.kind === 'drawn' ? replaced.poolId : null;
    } catch (e) {
      if (e instanceof ConflictError) return null;
      throw e;
    }
  });
  if (!poolId) return false;
  const [req] = await ctx.db.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId));
  if (req) ctx.events.toUser(req.buyerId, 'request-update', { requestId, status: 'delivered' });
  await refreshStockSignals(ctx, { poolId });
  return true;
}
