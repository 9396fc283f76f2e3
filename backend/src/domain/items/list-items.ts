import { FileContentType, ITEM_STATUSES, type Item, type ItemStatus, isFileDeliveryType } from '@codepool/shared';
import { and, asc, eq, getTableColumns, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { itemFiles, type PoolItemRow, poolItems } from '../../db/schema/index.ts';
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
 * File and image items with their file's name, type and size (never the content): one lookup
 * by item id for the page, nothing for items that hold no file.
 */
export async function withFiles(db: DbOrTx, items: Item[]): Promise<Item[]> {
  if (items.length === 0) return items;
  const rows = await db
    .select({
      itemId: itemFiles.itemId,
      name: itemFiles.name,
      contentType: itemFiles.contentType,
      size: itemFiles.size,
    })
    .from(itemFiles)
    .where(
      inArray(
        itemFiles.itemId,
        items.map((i) => i.id),
      ),
    );
  if (rows.length === 0) return items;
  const byId = new Map(rows.map((r) => [r.itemId, r]));
  return items.map((item) => {
    const f = byId.get(item.id);
    return f
      ? { ...item, file: { name: f.name, contentType: FileContentType.parse(f.contentType), size: f.size } }
      : item;
  });
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
  const items = pageRows.map(toItemResponse);
  return {
    items: isFileDeliveryType(pool.deliveryType) ? await withFiles(ctx.db, items) : items,
    nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null,
  };
}
