import { type SQL, sql } from 'drizzle-orm';
import { templates } from '../../db/schema/index.ts';

/**
 * Listings this pool alone stocks: every live variant of theirs draws from it. Those pause with
 * it (run dry, paused for disputes, its supplier paused). A listing whose other variants draw
 * elsewhere stays on sale; the variant shows sold out and its pre-checkout says no.
 */
export function stockedOnlyBy(poolId: SQL | string): SQL {
  return sql`(EXISTS (SELECT 1 FROM template_variants v WHERE v.template_id = ${templates.id}
                       AND v.removed_at IS NULL AND v.pool_id = ${poolId})
         AND NOT EXISTS (SELECT 1 FROM template_variants v WHERE v.template_id = ${templates.id}
                       AND v.removed_at IS NULL AND v.active AND v.pool_id IS DISTINCT FROM ${poolId}))`;
}

/** Listings with a live variant drawing from this pool: those may resume when it is back. */
export function stockedBy(poolId: SQL | string): SQL {
  return sql`EXISTS (SELECT 1 FROM template_variants v WHERE v.template_id = ${templates.id}
                      AND v.removed_at IS NULL AND v.pool_id = ${poolId})`;
}
