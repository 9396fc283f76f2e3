import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { pools } from '../../db/schema/index.ts';

/** The marker of a seller's "Manual deliveries" pool (deliver-manually.ts). */
export const MANUAL_SOURCE = { kind: 'manual' } as const;

/**
 * Whether a pool holds hand-delivered content. Such content belongs to the request it was
 * written for: it is never drawn for another request, nor returned to stock on a refund.
 */
export async function isManualPool(db: DbOrTx, poolId: string | null): Promise<boolean> {
  if (!poolId) return false;
  const [row] = await db
    .select({ manual: sql<boolean>`coalesce(${pools.externalSource}->>'kind' = 'manual', false)` })
    .from(pools)
    .where(eq(pools.id, poolId));
  return row?.manual ?? false;
}
