import type { Pool } from '@codepool/shared';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from './find-seller-pool.ts';
import { toPoolResponse } from './pool-response.ts';
import { sourceModes } from './source-modes.ts';
import { stockCounts } from './stock-counts.ts';

export async function getPool(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<Pool> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const counts = await stockCounts(ctx.db, pool.sellerId, [pool.id]);
  const modes = await sourceModes(ctx.db, [pool.id]);
  return toPoolResponse(pool, counts.get(pool.id), modes.get(pool.id));
}
