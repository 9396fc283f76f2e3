import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type PoolRow, pools } from '../../db/schema/index.ts';
import { NotFoundError } from '../errors.ts';

/** A pool of this seller, or not found: another seller's pool looks exactly like a missing one. */
export async function findSellerPool(
  db: DbOrTx,
  sellerId: string,
  poolId: string,
  { forUpdate = false } = {},
): Promise<PoolRow> {
  const q = db
    .select()
    .from(pools)
    .where(and(eq(pools.id, poolId), eq(pools.sellerId, sellerId)));
  const [pool] = forUpdate ? await q.for('update') : await q;
  if (!pool) throw new NotFoundError('pool');
  return pool;
}
