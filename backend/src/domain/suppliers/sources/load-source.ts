import { and, eq, isNull } from 'drizzle-orm';
import { openCredentials } from '../../../crypto/secrets.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { type SupplierSourceRow, supplierSources } from '../../../db/schema/index.ts';
import type { AdapterSource } from '../../../suppliers/adapter.ts';
import type { Deps } from '../../context.ts';

/** A source row by id (removed ones too: their orders still run to their end). */
export async function sourceById(db: DbOrTx, sourceId: string): Promise<SupplierSourceRow | null> {
  const [row] = await db.select().from(supplierSources).where(eq(supplierSources.id, sourceId));
  return row ?? null;
}

/** The live source of a pool, if it has one. */
export async function sourceOfPool(db: DbOrTx, poolId: string): Promise<SupplierSourceRow | null> {
  const [row] = await db
    .select()
    .from(supplierSources)
    .where(and(eq(supplierSources.poolId, poolId), isNull(supplierSources.removedAt)));
  return row ?? null;
}

/** What an adapter needs of a source, credentials opened (an empty object when none are set). */
export function adapterSourceOf(deps: Pick<Deps, 'keys'>, row: SupplierSourceRow): AdapterSource {
  const credentials =
    row.credentials && row.credentialsKeyVersion !== null
      ? openCredentials(deps.keys, row.id, row.credentials, row.credentialsKeyVersion)
      : {};
  return {
    id: row.id,
    kind: row.kind,
    productId: row.productId,
    baseUrl: row.baseUrl,
    currency: row.currency,
    credentials,
  };
}
