import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/**
 * The draw, in one statement: lock up to `quantity` drawable items — soonest-expiring
 * first, then oldest — skipping rows other drawers hold, and mark them delivered to the
 * request only if all `quantity` were found. Two concurrent draws never get the same
 * row (the row lock), and a short pool changes nothing (all or nothing).
 */
export async function drawItems(
  db: DbOrTx,
  {
    poolId,
    requestId,
    quantity,
  }: {
    poolId: string;
    requestId: string;
    quantity: number;
  },
): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`
    WITH picked AS (
      SELECT id FROM pool_items
      WHERE pool_id = ${poolId}
        AND status = 'available'
        AND (expires_at IS NULL OR expires_at > now())
      ORDER BY expires_at ASC NULLS LAST, created_at, id
      LIMIT ${quantity}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE pool_items
       SET status = 'delivered', purchase_request_id = ${requestId},
           delivered_at = now(), status_changed_at = now()
     WHERE id IN (SELECT id FROM picked)
       AND (SELECT count(*) FROM picked) = ${quantity}
    RETURNING id`);
  return rows.map((r) => r.id);
}
