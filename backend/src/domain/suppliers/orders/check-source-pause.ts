import { and, eq, sql } from 'drizzle-orm';
import { supplierSources, templates } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ServiceContext } from '../../context.ts';
import { queueNotifications } from '../../notifications/queue-notification.ts';
import { stockedOnlyBy } from '../../templates/stocked-by.ts';

/**
 * The pause rule, after an order of the source finished: when the failed share of its last
 * `pauseWindow` finished orders reaches `pausePct` (with at least `pauseMinOrders` of them),
 * the source pauses itself (its pool sells its own stock only), the listings bound to the
 * pool are paused the way an empty pool pauses them (auto-paused, so they come back with
 * stock), and the seller is told once (`supplier_paused`). Returns whether it paused.
 */
export async function checkSourcePause(ctx: ServiceContext, { sourceId }: { sourceId: string }): Promise<boolean> {
  const s = ctx.settings.suppliers;
  const { rows } = await ctx.db.execute<{ orders: number; failed: number }>(sql`
    SELECT count(*)::int AS orders, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM (SELECT status FROM supplier_orders
             WHERE source_id = ${sourceId} AND status IN ('completed', 'failed', 'canceled')
             ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT ${s.pauseWindow}) recent`);
  const { orders = 0, failed = 0 } = rows[0] ?? {};
  if (orders < s.pauseMinOrders || failed * 100 < s.pausePct * orders) return false;
  return ctx.db.transaction(async (tx) => {
    const reason = `${failed} of the last ${orders} supplier orders failed`;
    const [paused] = await tx
      .update(supplierSources)
      .set({ status: 'paused', pausedReason: reason, pausedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(supplierSources.id, sourceId), eq(supplierSources.status, 'active')))
      .returning();
    if (!paused) return false;
    const listings = await tx
      .update(templates)
      .set({ active: false, autoPaused: true, updatedAt: sql`now()` })
      .where(and(stockedOnlyBy(paused.poolId), eq(templates.active, true)))
      .returning({ id: templates.id });
    await recordAudit(
      tx,
      ctx.actor,
      'supplier.source_paused',
      { type: 'supplier_source', id: sourceId },
      { poolId: paused.poolId, failed, orders, templateIds: listings.map((t) => t.id) },
    );
    await queueNotifications(tx, [
      {
        recipientId: paused.sellerId,
        kind: 'supplier_paused',
        payload: { poolId: paused.poolId, failed, orders },
        dedupeKey: `supplier-paused:${sourceId}:${paused.pausedAt?.toISOString() ?? ''}`,
      },
    ]);
    return true;
  });
}
