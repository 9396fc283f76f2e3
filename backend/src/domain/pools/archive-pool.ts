import type { Pool } from '@codepool/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { pools, templateVariants } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from './find-seller-pool.ts';
import { toPoolResponse } from './pool-response.ts';
import { stockCounts } from './stock-counts.ts';

/**
 * Archives a pool: it stops selling (its templates are unbound) but keeps its items,
 * so past deliveries can still be revealed and disputed. Archiving twice is a no-op.
 */
export async function archivePool(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<Pool> {
  const owner = sellerId(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const pool = await findSellerPool(tx, owner, poolId, { forUpdate: true });
    if (pool.archivedAt) return pool;
    const [archived] = await tx
      .update(pools)
      .set({ archivedAt: sql`now()` })
      .where(and(eq(pools.id, poolId), isNull(pools.archivedAt)))
      .returning();
    const unbound = await tx
      .update(templateVariants)
      .set({ poolId: null, updatedAt: sql`now()` })
      .where(eq(templateVariants.poolId, poolId))
      .returning({ id: templateVariants.templateId });
    await recordAudit(
      tx,
      ctx.actor,
      'pool.archived',
      { type: 'pool', id: poolId },
      { unboundTemplates: [...new Set(unbound.map((t) => t.id))] },
      ctx.origin,
    );
    return archived ?? pool;
  });
  const counts = await stockCounts(ctx.db, row.sellerId, [poolId]);
  return toPoolResponse(row, counts.get(poolId));
}
