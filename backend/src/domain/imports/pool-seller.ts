import { eq } from 'drizzle-orm';
import { pools } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** Who owns a pool: for the operator's CLI, which acts as the pool's seller. */
export async function poolSeller(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<string> {
  const [row] = await ctx.db.select({ sellerId: pools.sellerId }).from(pools).where(eq(pools.id, poolId));
  if (!row) throw new NotFoundError('pool');
  return row.sellerId;
}
