import type { PoolSourceMode } from '@codepool/shared';
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { supplierSources } from '../../db/schema/index.ts';

/** Each pool's live supplier source mode; a pool missing from the map sells its own stock (`stock`). */
export async function sourceModes(db: DbOrTx, poolIds: string[]): Promise<Map<string, PoolSourceMode>> {
  if (poolIds.length === 0) return new Map();
  const rows = await db
    .select({ poolId: supplierSources.poolId, mode: supplierSources.mode })
    .from(supplierSources)
    .where(and(inArray(supplierSources.poolId, poolIds), isNull(supplierSources.removedAt)));
  return new Map(rows.map((r) => [r.poolId, r.mode]));
}
