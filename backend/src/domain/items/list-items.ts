import { ITEM_STATUSES, type Item, type ItemStatus } from '@codepool/shared';
import { and, asc, eq, getTableColumns, gt } from 'drizzle-orm';
import { type PoolItemRow, poolItems } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';

export function toItemResponse(row: Omit<PoolItemRow, 'ciphertext' | 'fingerprint' | 'keyVersion'>): Item {
  return {
    id: row.id,
    poolId: row.poolId,
    status: row.status,
    preview: row.maskedPreview,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    cost: row.cost,
    supplier: row.supplier,
    importBatchId: row.importBatchId,
    purchaseRequestId: row.purchaseRequestId,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    revealedAt: row.revealedAt?.toISOString() ?? null,
  };
}

/**
 * A page of a pool's items, masked, oldest first; ids are time-ordered so they are the cursor.
 * Every read goes through the seller-led (seller, pool, status, id) index in id order: one
 * status is one range of it, and "all" merges the first page of each status's range, so a
 * pool of a million codes is never sorted to show fifty.
 */
export async function listItems(
  ctx: ServiceContext,
  { poolId, status, cursor, limit }: { poolId: string; status?: ItemStatus; cursor?: string; limit: number },
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  // Never select the ciphertext for a listing: it has no business leaving the database here.
  const { ciphertext: _c, fingerprint: _f, keyVersion: _k, ...columns } = getTableColumns(poolItems);
  const page = (s: ItemStatus) =>
    ctx.db
      .select(columns)
      .from(poolItems)
      .where(
        and(
          eq(poolItems.sellerId, pool.sellerId),
          eq(poolItems.poolId, pool.id),
          eq(poolItems.status, s),
          cursor ? gt(poolItems.id, cursor) : undefined,
        ),
      )
      .orderBy(asc(poolItems.id))
      .limit(limit + 1);
  const pages = await Promise.all((status ? [status] : ITEM_STATUSES).map(page));
  const rows = pages
    .flat()
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .slice(0, limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(toItemResponse), nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null };
}
