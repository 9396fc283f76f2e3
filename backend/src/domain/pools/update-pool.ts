import { type Pool, UpdatePoolInput } from '@codepool/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { pools } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { isUniqueViolation } from '../pg-errors.ts';
import { findSellerPool } from './find-seller-pool.ts';
import { toPoolResponse } from './pool-response.ts';
import { sourceModes } from './source-modes.ts';
import { stockCounts } from './stock-counts.ts';

export async function updatePool(
  ctx: ServiceContext,
  { poolId, ...patch }: { poolId: string } & UpdatePoolInput,
): Promise<Pool> {
  const owner = sellerId(ctx);
  const { paused, ...changes } = UpdatePoolInput.parse(patch);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      await findSellerPool(tx, owner, poolId);
      const [updated] = await tx
        .update(pools)
        .set({
          ...changes,
          ...(paused === false ? { pausedAt: null, pausedReason: null } : {}),
          // A new threshold starts a new crossing: the next dip below it alerts again.
          ...(changes.lowStockThreshold !== undefined ? { lowStockAlerted: false } : {}),
        })
        .where(and(eq(pools.id, poolId), isNull(pools.archivedAt)))
        .returning();
      if (!updated) throw new ConflictError('an archived pool cannot be changed');
      await recordAudit(tx, ctx.actor, 'pool.updated', { type: 'pool', id: poolId }, { changes, paused }, ctx.origin);
      return updated;
    });
    // Resuming a pool may serve its backorders and its paused templates.
    if (paused === false) await onRestock(ctx, { poolId });
    const counts = await stockCounts(ctx.db, row.sellerId, [poolId]);
    const modes = await sourceModes(ctx.db, [poolId]);
    return toPoolResponse(row, counts.get(poolId), modes.get(poolId));
  } catch (e) {
    if (isUniqueViolation(e, 'pools_seller_name_live_uq'))
      throw new ConflictError(`a pool named "${changes.name}" exists`);
    throw e;
  }
}
