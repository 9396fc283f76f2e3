import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { poolItems } from '../../db/schema/index.ts';
import type { PreparedItem } from './prepare-item.ts';

/**
 * Inserts prepared items, skipping any whose fingerprint the seller already holds
 * (including ones inserted concurrently: the partial unique index decides).
 * Returns the ids that went in.
 */
export async function insertItems(db: DbOrTx, items: PreparedItem[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const inserted = await db
    .insert(poolItems)
    .values(items)
    .onConflictDoNothing({
      target: [poolItems.sellerId, poolItems.fingerprint],
      where: sql`status <> 'withdrawn'`,
    })
    .returning({ id: poolItems.id });
  return new Set(inserted.map((r) => r.id));
}

/** Fingerprints among `fps` that this seller already holds in live stock. */
export async function existingFingerprints(db: DbOrTx, sellerId: string, fps: Buffer[]): Promise<Set<string>> {
  if (fps.length === 0) return new Set();
  const rows = await db
    .select({ fp: poolItems.fingerprint })
    .from(poolItems)
    .where(
      and(eq(poolItems.sellerId, sellerId), ne(poolItems.status, 'withdrawn'), inArray(poolItems.fingerprint, fps)),
    );
  return new Set(rows.map((r) => r.fp.toString('hex')));
}
