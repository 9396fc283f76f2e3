import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { pools } from '../../db/schema/index.ts';
import { NotFoundError } from '../errors.ts';

/** Who owns a pool: for the operator's CLI, which acts as the pool's seller. */
export async function poolSeller(db: DbOrTx, poolId: string): Promise<string> {
  const [row] = await db.select({ sellerId: pools.sellerId }).from(pools).where(eq(pools.id, poolId));
  if (!row) throw new NotFoundError('pool');
  return row.sellerId;
}
