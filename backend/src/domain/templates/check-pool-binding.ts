import type { DbOrTx } from '../../db/client.ts';
import { ConflictError } from '../errors.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { MANUAL_SOURCE } from '../pools/manual-pool.ts';

/** A template may only be bound to a live pool of the same seller. */
export async function checkPoolBinding(db: DbOrTx, sellerId: string, poolId: string | null | undefined) {
  if (!poolId) return;
  const pool = await findSellerPool(db, sellerId, poolId);
  if (pool.archivedAt) throw new ConflictError('an archived pool cannot be bound');
  // Its content was written for the requests it was delivered to; selling it again would hand
  // one buyer's returned code to another.
  if (pool.externalSource?.kind === MANUAL_SOURCE.kind)
    throw new ConflictError('the manual deliveries pool cannot be bound');
}
