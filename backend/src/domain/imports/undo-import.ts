import { isFileDeliveryType, type UndoImportResult } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { allowLongStatements } from '../../db/client.ts';
import { inStock } from '../../db/drawable.ts';
import { importBatches, poolItems, pools } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { filesOf, type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { dropFileContent } from '../items/drop-file-content.ts';

const KEPT = ['reserved', 'delivered', 'expired', 'invalid'] as const;

/**
 * Takes a batch back out of sale: every item still available is withdrawn (so the same codes
 * may be imported again); items already reserved or sold stay the buyer's and are counted.
 * A draw holding an item's lock finishes first, and the status is re-checked after it.
 * Withdrawn file items lose their content; objects in an object store go after the commit.
 */
export async function undoImport(
  ctx: ServiceContext,
  { poolId, batchId }: { poolId: string; batchId: string },
): Promise<UndoImportResult> {
  const owner = sellerId(ctx);
  const { result, objectKeys } = await ctx.db.transaction(async (tx) => {
    const [batch] = await tx
      .select()
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), eq(importBatches.poolId, poolId), eq(importBatches.sellerId, owner)))
      .for('update');
    if (!batch) throw new NotFoundError('import batch');
    if (batch.status !== 'completed') throw new ConflictError(`this import is ${batch.status} and cannot be undone`);
    // One UPDATE over the whole batch: 200,000 rows take ~5 s here, a 50 MB file holds millions.
    await allowLongStatements(tx);

    const { rows } = await tx.execute<{ n: number }>(sql`
      WITH w AS (
        UPDATE pool_items SET status = 'withdrawn', status_changed_at = now()
         WHERE import_batch_id = ${batchId}::uuid AND ${inStock()}
        RETURNING 1
      ) SELECT count(*)::int AS n FROM w`);
    const withdrawn = rows[0]?.n ?? 0;
    const [pool] = await tx.select({ deliveryType: pools.deliveryType }).from(pools).where(eq(pools.id, poolId));
    // Every withdrawn item of the batch, also those withdrawn one by one before: none keeps content.
    const objectKeys =
      withdrawn > 0 && pool && isFileDeliveryType(pool.deliveryType)
        ? await dropFileContent(
            tx,
            sql`SELECT id FROM pool_items WHERE import_batch_id = ${batchId}::uuid AND status = 'withdrawn'`,
          )
        : [];
    const counts = await tx
      .select({ status: poolItems.status, n: sql<number>`count(*)::int` })
      .from(poolItems)
      .where(and(eq(poolItems.importBatchId, batchId), inArray(poolItems.status, [...KEPT])))
      .groupBy(poolItems.status);
    const kept = Object.fromEntries(KEPT.map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0])) as Record<
      (typeof KEPT)[number],
      number
    >;
    const notWithdrawn = KEPT.reduce((sum, s) => sum + kept[s], 0);

    await tx
      .update(importBatches)
      .set({ status: 'undone', undoneAt: sql`now()` })
      .where(and(eq(importBatches.id, batchId), eq(importBatches.status, 'completed')));
    await recordAudit(
      tx,
      ctx.actor,
      'items.import_undone',
      { type: 'pool', id: poolId },
      { importBatchId: batchId, withdrawn, notWithdrawn, kept },
      ctx.origin,
    );
    return { result: { batchId, status: 'undone' as const, withdrawn, notWithdrawn, kept }, objectKeys };
  });
  if (objectKeys.length > 0) await filesOf(ctx).store.discard(objectKeys);
  if (result.withdrawn > 0) await refreshStockSignals(ctx, { poolId });
  return result;
}
