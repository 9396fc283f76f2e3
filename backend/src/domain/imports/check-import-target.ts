import type { PoolRow } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';

/**
 * The checks an import makes first, for callers that can make them before they accept a
 * file (the upload route, before a byte of the body is read): the pool is the caller's (a
 * missing pool and another seller's look the same) and not archived. importItems makes them
 * again inside its transaction.
 */
export async function checkImportTarget(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<PoolRow> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  if (pool.archivedAt) throw new ConflictError('the pool is archived');
  return pool;
}
