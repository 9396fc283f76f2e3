import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { drawable, drawOrder } from '../../db/drawable.ts';

type Draw = { poolId: string; requestId: string; quantity: number };

/** The statement drawItems runs; exported for the test that reads its plan. */
export function drawItemsStatement({ poolId, requestId, quantity }: Draw): SQL {
  return sql`
    WITH picked AS (
      SELECT id FROM pool_items
      WHERE pool_id = ${poolId} AND ${drawable()}
      ORDER BY ${drawOrder()}
      LIMIT ${quantity}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE pool_items
       SET status = 'delivered', purchase_request_id = ${requestId},
           delivered_at = now(), status_changed_at = now()
     WHERE id IN (SELECT id FROM picked)
       AND (SELECT count(*) FROM picked) = ${quantity}
    RETURNING id`;
}

/**
 * The draw, in one statement: lock up to `quantity` drawable items — soonest-expiring
 * first, then oldest — skipping rows other drawers hold, and mark them delivered to the
 * request only if all `quantity` were found. Two concurrent draws never get the same
 * row (the row lock), and a short pool changes nothing (all or nothing).
 * An in-transaction helper (dispute replacements), not an operation.
 */
export async function drawItems(db: DbOrTx, draw: Draw): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(drawItemsStatement(draw));
  return rows.map((r) => r.id);
}
