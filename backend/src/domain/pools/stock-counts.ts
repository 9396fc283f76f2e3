import type { StockCounts } from '@codepool/shared';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { drawable, expiredInStock, expiringSoon } from '../../db/drawable.ts';
import { poolItems } from '../../db/schema/index.ts';

export const EMPTY_STOCK: StockCounts = {
  available: 0,
  reserved: 0,
  delivered: 0,
  expired: 0,
  invalid: 0,
  withdrawn: 0,
  expiringSoon: 0,
};

const n = (filter: ReturnType<typeof sql>) => sql<number>`count(*) FILTER (WHERE ${filter})::int`;

/**
 * Counts by status for each of a seller's pools. An item still marked available but past its
 * expiry counts as expired: it can no longer be drawn, whether or not the sweep has run.
 * Scoped by seller, so it reads the seller-led index and leaves the draw index to draws.
 */
export async function stockCounts(db: DbOrTx, sellerId: string, poolIds: string[]): Promise<Map<string, StockCounts>> {
  const result = new Map<string, StockCounts>();
  if (poolIds.length === 0) return result;
  const rows = await db
    .select({
      poolId: poolItems.poolId,
      available: n(drawable()),
      reserved: n(sql`${poolItems.status} = 'reserved'`),
      delivered: n(sql`${poolItems.status} = 'delivered'`),
      expired: n(sql`${poolItems.status} = 'expired' OR ${expiredInStock()}`),
      invalid: n(sql`${poolItems.status} = 'invalid'`),
      withdrawn: n(sql`${poolItems.status} = 'withdrawn'`),
      expiringSoon: n(expiringSoon()),
    })
    .from(poolItems)
    .where(and(eq(poolItems.sellerId, sellerId), inArray(poolItems.poolId, poolIds)))
    .groupBy(poolItems.poolId);
  for (const { poolId, ...counts } of rows) result.set(poolId, counts);
  return result;
}

/**
 * Drawable items in one pool right now. With `upTo`, counting stops there: enough to answer
 * "is it at or below the threshold?" without walking a pool of a million codes.
 */
export async function availableCount(db: DbOrTx, poolId: string, { upTo }: { upTo?: number } = {}): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(availableCountStatement(poolId, upTo));
  return rows[0]?.n ?? 0;
}

/** The statement availableCount runs; exported for the test that reads its plan. */
export function availableCountStatement(poolId: string, upTo?: number): SQL {
  const limit = upTo === undefined ? sql`` : sql`LIMIT ${upTo}`;
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM pool_items
         WHERE pool_id = ${poolId} AND ${drawable()} ${limit}) x`;
}
