import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../lib/ids.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ServiceContext } from '../../context.ts';
import { availableCount } from '../../pools/stock-counts.ts';
import { sourceOfPool } from '../sources/load-source.ts';
import { scheduleStep } from './schedule-step.ts';

const SYSTEM = { type: 'system', job: 'backfill' } as const;

/**
 * After a draw: a backfill pool whose drawable stock fell under its threshold orders one
 * restock of `backfillQuantity`, if none is in flight and today's spend (UTC day: the total
 * cost of today's restocks, an open one counted at its expected cost) plus this one stays
 * within the daily cap. The partial unique index on open restocks decides a race between
 * two draws: the threshold crossing orders once. Returns the order id, or null.
 */
export async function maybeBackfill(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<string | null> {
  const source = await sourceOfPool(ctx.db, poolId);
  if (source?.mode !== 'backfill' || source.status !== 'active' || source.backfillThreshold <= 0) return null;
  const available = await availableCount(ctx.db, poolId, { upTo: source.backfillThreshold });
  if (available >= source.backfillThreshold) return null;
  const unitCost = source.quote?.unitCost ?? source.maxUnitCost;
  if (unitCost > source.maxUnitCost) return null;
  const cost = unitCost * source.backfillQuantity;
  return ctx.db.transaction(async (tx) => {
    // One decision per pool at a time, so two draws cannot both pass the cap.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`backfill:${poolId}`}, 0))`);
    const { rows } = await tx.execute<{ open: boolean; spent: string }>(sql`
      SELECT bool_or(status IN ('pending', 'placing', 'processing')) AS open,
             coalesce(sum(CASE WHEN status IN ('pending', 'placing', 'processing')
                               THEN coalesce(total_cost, quantity * coalesce(unit_cost, ${unitCost}))
                               ELSE coalesce(total_cost, 0) END), 0)::text AS spent
        FROM supplier_orders
       WHERE pool_id = ${poolId} AND purpose = 'backfill'
         AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`);
    const row = rows[0];
    if (row?.open) return null;
    const spent = Number(row?.spent ?? 0);
    if (spent + cost > source.dailySpendCap) {
      ctx.log.info({ poolId, spent, cost, cap: source.dailySpendCap }, 'backfill skipped: daily spend cap');
      return null;
    }
    const id = uuidv7();
    const { rows: inserted } = await tx.execute<{ id: string }>(sql`
      INSERT INTO supplier_orders (id, external_id, source_id, pool_id, seller_id, purpose, quantity, currency)
      VALUES (${id}::uuid, ${id}::uuid, ${source.id}::uuid, ${poolId}::uuid, ${source.sellerId}::uuid, 'backfill',
              ${source.backfillQuantity}, ${source.currency})
      ON CONFLICT (pool_id) WHERE purpose = 'backfill' AND status IN ('pending', 'placing', 'processing') DO NOTHING
      RETURNING id`);
    if (inserted.length === 0) return null;
    await recordAudit(
      tx,
      SYSTEM,
      'supplier.order_opened',
      { type: 'supplier_order', id },
      { poolId, sourceId: source.id, purpose: 'backfill', quantity: source.backfillQuantity, available, spent },
    );
    await scheduleStep(tx, id, 0);
    return id;
  });
}
