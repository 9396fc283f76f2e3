import type { FindItemResult } from '@codepool/shared';
import { and, asc, eq, getTableColumns, ne } from 'drizzle-orm';
import { fingerprint } from '../../crypto/items.ts';
import { poolItems } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { toItemResponse, withFiles } from './list-items.ts';
import { normalise } from './prepare-item.ts';

/**
 * Finds an exact code in the seller's stock without reading any: the code is folded with
 * the pool's normalisation rule and fingerprinted like an incoming item, then looked up on
 * the (fingerprint, seller) index. Nothing is scanned or decrypted, and another seller's
 * identical code is never a match. Stock means every item not withdrawn (taken out of sale
 * before it sold), as the duplicate check counts it.
 */
export async function findItemByCode(
  ctx: ServiceContext,
  { poolId, code }: { poolId: string; code: string },
): Promise<FindItemResult> {
  const owner = sellerId(ctx);
  const pool = await findSellerPool(ctx.db, owner, poolId);
  const fp = fingerprint(ctx.keys, normalise(pool.normalisation, code));
  const { ciphertext: _c, fingerprint: _f, keyVersion: _k, ...columns } = getTableColumns(poolItems);
  const rows = await ctx.db
    .select(columns)
    .from(poolItems)
    .where(and(eq(poolItems.fingerprint, fp), eq(poolItems.sellerId, owner), ne(poolItems.status, 'withdrawn')))
    .orderBy(asc(poolItems.id))
    .limit(50);
  return { items: await withFiles(ctx.db, rows.map(toItemResponse)) };
}
