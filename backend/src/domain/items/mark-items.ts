import { isFileDeliveryType, MarkItemsInput } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inStock } from '../../db/drawable.ts';
import { poolItems } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { filesOf, type ServiceContext, sellerId } from '../context.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { dropFileContent } from './drop-file-content.ts';

/**
 * Takes available items out of sale as invalid or withdrawn. Items already sold or gone
 * keep their status and are counted as skipped: a delivered code is the buyer's evidence.
 * A withdrawn file item loses its content (an invalid one keeps it, to show its supplier).
 */
export async function markItems(ctx: ServiceContext, { poolId, ...body }: { poolId: string } & MarkItemsInput) {
  const owner = sellerId(ctx);
  const { itemIds, status } = MarkItemsInput.parse(body);
  const unique = [...new Set(itemIds)];
  const { updated, objectKeys } = await ctx.db.transaction(async (tx) => {
    const pool = await findSellerPool(tx, owner, poolId);
    const rows = await tx
      .update(poolItems)
      .set({ status, statusChangedAt: sql`now()` })
      .where(and(eq(poolItems.poolId, poolId), inStock(), inArray(poolItems.id, unique)))
      .returning({ id: poolItems.id });
    await recordAudit(
      tx,
      ctx.actor,
      `items.marked_${status}`,
      { type: 'pool', id: poolId },
      { itemIds: rows.map((r) => r.id), requested: unique.length },
      ctx.origin,
    );
    const objectKeys =
      status === 'withdrawn' && isFileDeliveryType(pool.deliveryType)
        ? await dropFileContent(
            tx,
            rows.map((r) => r.id),
          )
        : [];
    return { updated: rows.length, objectKeys };
  });
  if (objectKeys.length > 0) await filesOf(ctx).store.discard(objectKeys);
  if (updated > 0) await refreshStockSignals(ctx, { poolId });
  return { updated, skipped: unique.length - updated };
}
