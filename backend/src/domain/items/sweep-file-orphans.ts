import { sql } from 'drizzle-orm';
import { filesOf, type ServiceContext } from '../context.ts';

export type FileSweepReport = {
  /** Objects listed in the object store (0 with the PostgreSQL store). */
  objects: number;
  /** Objects with no item_files row, old enough that no transaction will still commit one: removed. */
  orphans: number;
  /** file_downloads rows a day past their link's expiry. */
  downloadsForgotten: number;
};

/** An upload's transaction is long over by then: statements and idle transactions time out in a minute. */
export const ORPHAN_AGE_S = 3600;

/**
 * Reconciles the object store with item_files: an object whose row never committed (a killed
 * process, a failed discard) is removed once it is an hour old; a younger one may belong to an
 * import still running. Rows are looked up per listing page, so memory stays at one page.
 * Also forgets used download links long expired: past their expiry they refuse themselves.
 */
export async function sweepFileOrphans(
  ctx: ServiceContext,
  { olderThanS = ORPHAN_AGE_S }: { olderThanS?: number } = {},
): Promise<FileSweepReport> {
  const { store } = filesOf(ctx);
  let objects = 0;
  let orphans = 0;
  if (store.listObjects) {
    const cutoff = Date.now() - olderThanS * 1000;
    for await (const page of store.listObjects()) {
      objects += page.length;
      const old = page.filter((o) => o.lastModified.getTime() <= cutoff).map((o) => o.key);
      if (old.length === 0) continue;
      const { rows } = await ctx.db.execute<{ object_key: string }>(
        sql`SELECT object_key FROM item_files WHERE object_key = ANY(${sql.param(old)}::text[])`,
      );
      const kept = new Set(rows.map((r) => r.object_key));
      const unclaimed = old.filter((k) => !kept.has(k));
      if (unclaimed.length === 0) continue;
      await store.discard(unclaimed);
      orphans += unclaimed.length;
    }
    if (orphans > 0) ctx.log.info({ objects, orphans }, 'removed file objects no item refers to');
  }
  const { rows } = await ctx.db.execute<{ n: number }>(sql`
    WITH gone AS (DELETE FROM file_downloads WHERE expires_at < now() - interval '1 day' RETURNING 1)
    SELECT count(*)::int AS n FROM gone`);
  return { objects, orphans, downloadsForgotten: rows[0]?.n ?? 0 };
}
