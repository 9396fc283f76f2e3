import type { Item, ItemStatus } from '@codepool/shared';
import { and, asc, eq, getTableColumns, gt, type SQL } from 'drizzle-orm';
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

/** A page of a pool's items, masked, oldest first; ids are time-ordered so they are the cursor. */
export async function listItems(
  ctx: ServiceContext,
  { poolId, status, cursor, limit }: { poolId: string; status?: ItemStatus; cursor?: string; limit: number },
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const where: SQL[] = [eq(poolItems.poolId, pool.id)];
  if (status) where.push(eq(poolItems.status, status));
  if (cursor) where.push(gt(poolItems.id, cursor));
  // Never select the ciphertext for a listing: it has no business leaving the database here.
  const { ciphertext: _c, fingerprint: _f, keyVersion: _k, ...columns } = getTableColumns(poolItems);
  const rows = await ctx.db
    .select(columns)
    .from(poolItems)
    .where(and(...where))
    .orderBy(asc(poolItems.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(toItemResponse), nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null };
}
