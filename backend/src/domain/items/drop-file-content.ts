import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';

/**
 * Deletes the stored content of items that left for good (withdrawn, an undone import): their
 * item_files rows, and with them (cascade) their chunks in PostgreSQL. Returns the object keys
 * of content kept in an object store, for the caller to `discard` once its transaction has
 * committed (before, a rollback would leave rows whose objects are gone). Items sold keep
 * their content: the buyer may still download it, and it is the dispute evidence.
 *
 * `items`: the ids, or a query selecting them (an import batch may hold many).
 */
export async function dropFileContent(tx: Tx, items: readonly string[] | SQL): Promise<string[]> {
  if (Array.isArray(items) && items.length === 0) return [];
  const ids = Array.isArray(items) ? sql`SELECT unnest(${sql.param(items)}::uuid[])` : (items as SQL);
  const { rows } = await tx.execute<{ object_key: string | null }>(
    sql`DELETE FROM item_files WHERE item_id IN (${ids}) RETURNING object_key`,
  );
  return rows.flatMap((r) => (r.object_key ? [r.object_key] : []));
}
