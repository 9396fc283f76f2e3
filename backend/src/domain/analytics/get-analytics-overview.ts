import type { AnalyticsOverview, PoolAnalytics, TemplateAnalytics } from '@codepool/shared';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { expiredInStock } from '../../db/drawable.ts';
import { pools, templates } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { stockCounts } from '../pools/stock-counts.ts';
import { dayWindow } from './day-window.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The seller's figures over the last `days` days: per pool the daily draws, the pace and
 * when stock runs out at it, and what expired unsold (ever) and what it cost; per template
 * the requests delivered in the window, their revenue, and the margin over the items'
 * recorded costs when every one of them has a cost.
 */
export async function getAnalyticsOverview(
  ctx: ServiceContext,
  { days }: { days: number },
): Promise<AnalyticsOverview> {
  const owner = sellerId(ctx);
  const window = await dayWindow(ctx.db, days);
  const start = window.start.toISOString();

  // The pool of hand-delivered content is a record of deliveries, not stock to run out of.
  const poolRows = (
    await ctx.db
      .select()
      .from(pools)
      .where(and(eq(pools.sellerId, owner), isNull(pools.archivedAt)))
      .orderBy(asc(pools.name))
  ).filter((p) => p.externalSource?.kind !== 'manual');
  const [counts, drawRows, expiredRows, templateRows, salesRows, costRows] = await Promise.all([
    stockCounts(
      ctx.db,
      owner,
      poolRows.map((p) => p.id),
    ),
    ctx.db
      .execute<{ pool_id: string; day: string; n: number }>(sql`
        SELECT pool_id, to_char(delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
          FROM pool_items WHERE seller_id = ${owner}::uuid AND delivered_at >= ${start}::timestamptz
         GROUP BY 1, 2`)
      .then((r) => r.rows),
    ctx.db
      .execute<{ pool_id: string; n: number; cost: number }>(sql`
        SELECT pool_id, count(*)::int AS n, coalesce(sum(cost), 0)::bigint AS cost
          FROM pool_items
         WHERE seller_id = ${owner}::uuid
           AND (status = 'expired' OR ${expiredInStock()})
         GROUP BY 1`)
      .then((r) => r.rows),
    ctx.db
      .select({ id: templates.id, title: templates.title })
      .from(templates)
      .where(eq(templates.sellerId, owner))
      .orderBy(asc(templates.title)),
    ctx.db
      .execute<{ template_id: string; requests: number; units: number; revenue: number }>(sql`
        SELECT template_id, count(*)::int AS requests, sum(quantity)::bigint AS units, sum(total)::bigint AS revenue
          FROM purchase_requests
         WHERE seller_id = ${owner}::uuid AND status IN ('delivered', 'completed') AND delivered_at >= ${start}::timestamptz
         GROUP BY 1`)
      .then((r) => r.rows),
    ctx.db
      .execute<{ template_id: string; items: number; costed: number; cost: number }>(sql`
        SELECT r.template_id, count(i.id)::int AS items, count(i.cost)::int AS costed,
               coalesce(sum(i.cost), 0)::bigint AS cost
          FROM purchase_requests r JOIN pool_items i ON i.purchase_request_id = r.id
         WHERE r.seller_id = ${owner}::uuid AND r.status IN ('delivered', 'completed') AND r.delivered_at >= ${start}::timestamptz
         GROUP BY 1`)
      .then((r) => r.rows),
  ]);

  const poolStats: PoolAnalytics[] = poolRows.map((p) => {
    const perDay = new Map(drawRows.filter((r) => r.pool_id === p.id).map((r) => [r.day, r.n]));
    const drawsPerDay = window.days.map((day) => ({ day, draws: perDay.get(day) ?? 0 }));
    const draws = drawsPerDay.reduce((sum, d) => sum + d.draws, 0);
    const available = counts.get(p.id)?.available ?? 0;
    const pace = draws / days;
    const expired = expiredRows.find((r) => r.pool_id === p.id);
    return {
      poolId: p.id,
      name: p.name,
      deliveryType: p.deliveryType,
      available,
      drawsPerDay,
      draws,
      dailyPace: round1(pace),
      daysUntilEmpty: pace > 0 ? round1(available / pace) : null,
      expired: expired?.n ?? 0,
      expiredCost: expired?.cost ?? 0,
    };
  });

  const templateStats: TemplateAnalytics[] = templateRows.map((t) => {
    const sales = salesRows.find((r) => r.template_id === t.id);
    const costs = costRows.find((r) => r.template_id === t.id);
    const revenue = sales?.revenue ?? 0;
    const items = costs?.items ?? 0;
    const costedItems = costs?.costed ?? 0;
    const itemCost = costs?.cost ?? 0;
    return {
      templateId: t.id,
      title: t.title,
      requests: sales?.requests ?? 0,
      units: sales?.units ?? 0,
      revenue,
      items,
      costedItems,
      itemCost,
      margin: items > 0 && costedItems === items ? revenue - itemCost : null,
    };
  });

  return {
    days,
    from: window.from,
    to: window.to,
    pools: poolStats,
    templates: templateStats,
    totals: {
      requests: templateStats.reduce((s, t) => s + t.requests, 0),
      revenue: templateStats.reduce((s, t) => s + t.revenue, 0),
      draws: poolStats.reduce((s, p) => s + p.draws, 0),
      expired: poolStats.reduce((s, p) => s + p.expired, 0),
      expiredCost: poolStats.reduce((s, p) => s + p.expiredCost, 0),
    },
  };
}
