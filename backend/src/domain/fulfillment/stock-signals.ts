import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { drawable, drawOrder } from '../../db/drawable.ts';
import { pools, stockWatchers, templates, templateVariants } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps, ServiceContext } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { availableCount } from '../pools/stock-counts.ts';
import { stockedBy, stockedOnlyBy } from '../templates/stocked-by.ts';
import { SIGNAL_SLACK, type StockSnapshot } from './deliver-from-pool.ts';

const SYSTEM = { type: 'system', job: 'stock-signals' } as const;
const EVENT_EVERY_MS = 1000;

type SignalRow = {
  seller_id: string;
  low_stock_threshold: number;
  low_stock_alerted: boolean;
  paused: boolean;
  pausable: boolean;
  resumable: boolean;
  available: number;
  supplied: boolean;
  watched: boolean;
};

/** What the signals are decided from, in one read; exported for the test that reads its plan. */
export function signalsStatement(poolId: string): SQL {
  return sql`
    SELECT p.seller_id, p.low_stock_threshold, p.low_stock_alerted, p.paused_at IS NOT NULL AS paused,
           EXISTS (SELECT 1 FROM templates WHERE ${templates.autoPause} AND ${templates.active}
                    AND ${stockedOnlyBy(sql`p.id`)}) AS pausable,
           EXISTS (SELECT 1 FROM templates WHERE ${templates.autoPaused} AND ${stockedBy(poolId)}) AS resumable,
           EXISTS (SELECT 1 FROM stock_watchers w JOIN template_variants v ON v.id = w.variant_id
                    WHERE v.pool_id = p.id) AS watched,
           (SELECT count(*)::int FROM (SELECT 1 FROM pool_items i
             WHERE i.pool_id = p.id AND ${drawable('i')}
             ORDER BY ${drawOrder('i')}
             LIMIT p.low_stock_threshold + 1) x) AS available,
           -- An active on_demand supplier sells what the pool lacks: its listings are not out of stock at zero.
           EXISTS (SELECT 1 FROM supplier_sources s WHERE s.pool_id = p.id AND s.removed_at IS NULL
                    AND s.mode = 'on_demand' AND s.status = 'active') AS supplied
      FROM pools p WHERE p.id = ${poolId}`;
}

/**
 * After stock moves: send one low-stock alert per crossing of the threshold (a guarded
 * flag flip decides who sends it), pause auto-pause templates at zero and resume the ones it
 * paused once stock is back, and tell the seller's screens. This runs after every draw, so
 * it counts only as far as the threshold needs and touches rows only when something changes.
 */
export async function refreshStockSignals(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<void> {
  const deps: Deps = ctx;
  const { rows } = await deps.db.execute<SignalRow>(signalsStatement(poolId));
  const pool = rows[0];
  if (!pool) return;
  const threshold = pool.low_stock_threshold;
  // Counted only as far as the threshold needs, along the draw index (the ORDER BY picks
  // it): a pool of a million codes is not walked, nor are the rows it has already sold.
  const available = pool.available;
  const low = threshold > 0 && available <= threshold;
  // A paused pool sells nothing, whatever it holds.
  const empty = (available === 0 && !pool.supplied) || pool.paused;
  tellStock(deps, { sellerId: pool.seller_id, poolId });

  const alert = low && !pool.low_stock_alerted;
  const rearm = !low && available > threshold && pool.low_stock_alerted;
  const pause = empty && pool.pausable;
  const resume = !empty && pool.resumable;
  const tell = !empty && pool.watched;
  if (!(alert || rearm || pause || resume || tell)) return;

  await deps.db.transaction(async (tx) => {
    if (alert) {
      const [crossed] = await tx
        .update(pools)
        .set({ lowStockAlerted: true })
        .where(and(eq(pools.id, poolId), eq(pools.lowStockAlerted, false)))
        .returning({ id: pools.id });
      if (crossed) {
        await queueNotifications(tx, [
          { recipientId: pool.seller_id, kind: 'low_stock', payload: { poolId, available, threshold } },
        ]);
        await recordAudit(tx, SYSTEM, 'pool.low_stock', { type: 'pool', id: poolId }, { available });
      }
    }
    if (rearm) {
      await tx
        .update(pools)
        .set({ lowStockAlerted: false })
        .where(and(eq(pools.id, poolId), eq(pools.lowStockAlerted, true)));
    }
    if (pause) {
      const paused = await tx
        .update(templates)
        .set({ active: false, autoPaused: true, updatedAt: sql`now()` })
        .where(and(eq(templates.autoPause, true), eq(templates.active, true), stockedOnlyBy(poolId)))
        .returning({ id: templates.id });
      if (paused.length > 0) {
        await queueNotifications(tx, [
          { recipientId: pool.seller_id, kind: 'out_of_stock', payload: { poolId, pausedTemplates: paused.length } },
        ]);
        await recordAudit(
          tx,
          SYSTEM,
          'templates.auto_paused',
          { type: 'pool', id: poolId },
          {
            templateIds: paused.map((t) => t.id),
          },
        );
      }
    }
    if (resume) {
      const resumed = await tx
        .update(templates)
        .set({ active: true, autoPaused: false, updatedAt: sql`now()` })
        .where(and(eq(templates.autoPaused, true), stockedBy(poolId)))
        .returning({ id: templates.id });
      if (resumed.length > 0) {
        const ids = resumed.map((t) => t.id);
        await recordAudit(tx, SYSTEM, 'templates.auto_resumed', { type: 'pool', id: poolId }, { templateIds: ids });
      }
    }
    if (tell) {
      // Tell the buyers who asked for a variant this pool stocks, once each.
      const told = await tx
        .delete(stockWatchers)
        .where(
          inArray(
            stockWatchers.variantId,
            tx.select({ id: templateVariants.id }).from(templateVariants).where(eq(templateVariants.poolId, poolId)),
          ),
        )
        .returning();
      await queueNotifications(
        tx,
        told.map((w) => ({
          recipientId: w.userId,
          kind: 'back_in_stock' as const,
          payload: { templateId: w.templateId, variantId: w.variantId },
        })),
      );
    }
  });
}

/**
 * Whether a draw that left the pool as its statement saw it could change any signal: near or
 * under the threshold (an alert, a pause at zero), alerted and above it (a re-arm), or with
 * templates paused for lack of stock (a resume). Draws still in flight elsewhere are not in
 * that snapshot, which is what the slack of the count is for.
 */
export function signalsMayChange(stock: StockSnapshot): boolean {
  return stock.availableAfter < stock.threshold + SIGNAL_SLACK || stock.alerted || stock.resumable;
}

const lastEmit = new Map<string, number>();
const pending = new Set<string>();

/**
 * The seller's live stock figure, at most once a second per pool and process: under a
 * burst of sales the exact count is taken once, and the last change always goes out.
 */
export function tellStock(deps: Deps, { sellerId, poolId }: { sellerId: string; poolId: string }) {
  const send = async () => {
    lastEmit.set(poolId, Date.now());
    pending.delete(poolId);
    deps.events.toUser(sellerId, 'stock-update', { poolId, available: await availableCount(deps.db, poolId) });
  };
  const wait = (lastEmit.get(poolId) ?? 0) + EVENT_EVERY_MS - Date.now();
  if (wait <= 0) {
    void send().catch(() => undefined);
  } else if (!pending.has(poolId)) {
    pending.add(poolId);
    setTimeout(() => void send().catch(() => undefined), wait).unref();
  }
}
