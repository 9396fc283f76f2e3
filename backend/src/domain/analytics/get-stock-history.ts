import type { StockHistory } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { inStock } from '../../db/drawable.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { dayWindow } from './day-window.ts';

type Row = { kind: 'base' | 'added' | 'gone' | 'draws'; day: string | null; n: number };

/**
 * A pool's drawable stock at the end of each of the last `days` days, and the items drawn
 * and added each day, rebuilt from the items' own timestamps in one pass over the pool.
 * An item stops being drawable when it leaves `available` (drawn, reserved, marked,
 * withdrawn) or passes its expiry, whichever comes first; the count for today is the count
 * now, the same figure the pool's stock shows.
 */
export async function getStockHistory(
  ctx: ServiceContext,
  { poolId, days }: { poolId: string; days: number },
): Promise<StockHistory> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const window = await dayWindow(ctx.db, days);
  const start = window.start.toISOString();
  const { rows } = await ctx.db.execute<Row>(sql`
    WITH it AS MATERIALIZED (
      SELECT created_at, delivered_at,
             CASE WHEN left_at IS NULL THEN NULL ELSE greatest(left_at, created_at) END AS gone_at
        FROM (
          SELECT created_at, delivered_at,
                 least(CASE WHEN ${inStock()} THEN NULL
                            ELSE coalesce(delivered_at, reserved_at, status_changed_at, created_at) END,
                       expires_at) AS left_at
            FROM pool_items WHERE seller_id = ${pool.sellerId}::uuid AND pool_id = ${pool.id}::uuid
        ) x
    )
    SELECT 'base' AS kind, NULL AS day, count(*)::int AS n
      FROM it WHERE created_at < ${start}::timestamptz AND (gone_at IS NULL OR gone_at >= ${start}::timestamptz)
    UNION ALL
    SELECT 'added', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*)::int
      FROM it WHERE created_at >= ${start}::timestamptz GROUP BY 2
    UNION ALL
    SELECT 'gone', to_char(gone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*)::int
      FROM it WHERE gone_at >= ${start}::timestamptz AND gone_at <= now() GROUP BY 2
    UNION ALL
    SELECT 'draws', to_char(delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*)::int
      FROM it WHERE delivered_at >= ${start}::timestamptz GROUP BY 2`);

  const by = (kind: Row['kind']) => new Map(rows.filter((r) => r.kind === kind).map((r) => [r.day, r.n]));
  const added = by('added');
  const gone = by('gone');
  const draws = by('draws');
  let available = rows.find((r) => r.kind === 'base')?.n ?? 0;
  return {
    poolId: pool.id,
    days: window.days.map((day) => {
      available += (added.get(day) ?? 0) - (gone.get(day) ?? 0);
      return { day, available, draws: draws.get(day) ?? 0, added: added.get(day) ?? 0 };
    }),
  };
}
