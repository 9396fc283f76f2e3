import { and, eq, inArray, sql } from 'drizzle-orm';
import { pools, stockWatchers, templates } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { availableCount } from '../pools/stock-counts.ts';

const SYSTEM = { type: 'system', job: 'stock-signals' } as const;

/**
 * After stock moves: tell the seller's screens, send one low-stock alert per crossing of
 * the threshold (a guarded flag flip decides who sends it), pause auto-pause listings at
 * zero and resume the ones it paused once stock is back.
 */
export async function refreshStockSignals(deps: Deps, poolId: string): Promise<void> {
  const available = await availableCount(deps.db, poolId);
  const [pool] = await deps.db.select().from(pools).where(eq(pools.id, poolId));
  if (!pool) return;
  deps.events.toUser(pool.sellerId, 'stock-update', { poolId, available });

  await deps.db.transaction(async (tx) => {
    if (pool.lowStockThreshold > 0 && available <= pool.lowStockThreshold) {
      const [crossed] = await tx
        .update(pools)
        .set({ lowStockAlerted: true })
        .where(and(eq(pools.id, poolId), eq(pools.lowStockAlerted, false)))
        .returning({ id: pools.id });
      if (crossed) {
        await queueNotifications(tx, [
          {
            recipientId: pool.sellerId,
            kind: 'low_stock',
            payload: { poolId, available, threshold: pool.lowStockThreshold },
          },
        ]);
        await recordAudit(tx, SYSTEM, 'pool.low_stock', { type: 'pool', id: poolId }, { available });
      }
    } else if (available > pool.lowStockThreshold && pool.lowStockAlerted) {
      await tx
        .update(pools)
        .set({ lowStockAlerted: false })
        .where(and(eq(pools.id, poolId), eq(pools.lowStockAlerted, true)));
    }

    // A paused pool sells nothing, whatever it holds.
    if (available === 0 || pool.pausedAt) {
      const paused = await tx
        .update(templates)
        .set({ active: false, autoPaused: true, updatedAt: sql`now()` })
        .where(and(eq(templates.defaultPoolId, poolId), eq(templates.autoPause, true), eq(templates.active, true)))
        .returning({ id: templates.id });
      if (paused.length > 0) {
        await queueNotifications(tx, [
          { recipientId: pool.sellerId, kind: 'out_of_stock', payload: { poolId, pausedTemplates: paused.length } },
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
    } else {
      const resumed = await tx
        .update(templates)
        .set({ active: true, autoPaused: false, updatedAt: sql`now()` })
        .where(and(eq(templates.defaultPoolId, poolId), eq(templates.autoPaused, true)))
        .returning({ id: templates.id });
      if (resumed.length > 0) {
        await recordAudit(
          tx,
          SYSTEM,
          'templates.auto_resumed',
          { type: 'pool', id: poolId },
          {
            templateIds: resumed.map((t) => t.id),
          },
        );
        // Tell the buyers who asked, once each.
        const told = await tx
          .delete(stockWatchers)
          .where(
            inArray(
              stockWatchers.templateId,
              resumed.map((t) => t.id),
            ),
          )
          .returning();
        await queueNotifications(
          tx,
          told.map((w) => ({
            recipientId: w.userId,
            kind: 'back_in_stock' as const,
            payload: { templateId: w.templateId },
          })),
        );
      }
    }
  });
}
