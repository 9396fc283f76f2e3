import type { PoolSource } from '@codepool/shared';
import { type ServiceContext, sellerId } from '../../context.ts';
import { findSellerPool } from '../../pools/find-seller-pool.ts';
import { sourceOfPool } from './load-source.ts';
import { toSourceResponse } from './source-response.ts';

/** A pool's supplier source (`{mode:'stock'}` when it has none); another seller's pool is not found. */
export async function getSource(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<PoolSource> {
  await findSellerPool(ctx.db, sellerId(ctx), poolId);
  return toSourceResponse(ctx, ctx.db, await sourceOfPool(ctx.db, poolId));
}
