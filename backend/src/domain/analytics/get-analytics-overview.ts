import type { AnalyticsOverview, PoolAnalytics, TemplateAnalytics, VariantAnalytics } from '@codepool/shared';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { expiredInStock } from '../../db/drawable.ts';
import { pools, templates, templateVariants } from '../../db/schema/index.ts';
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
      .select({
        id: templates.id,
        title: templates.title,
        soldCount: templates.soldCount,
        maxQuantity: templates.maxQuantity,
        variant: templateVariants,
      })
      .from(templates)
      .innerJoin(templateVariants, eq(templateVariants.templateId, templates.id))
      .where(eq(templates.sellerId, owner))
      .orderBy(
        asc(templates.title),
        asc(templates.id),
        asc(templateVariants.position),
        asc(templateVariants.createdAt),
      ),
    ctx.db
      .execute<{ variant_id: string; requests: number; units: number; revenue: number }>(sql`
        SELECT variant_id, count(*)::int AS requests, sum(quantity)::bigint AS units, sum(total)::bigint AS revenue
          FROM purchase_requests
         WHERE seller_id = ${owner}::uuid AND status IN ('delivered', 'completed') AND delivered_at >= ${start}::timestamptz
         GROUP BY 1`)
      .then((r) => r.rows),
    ctx.db
      .execute<{ variant_id: string; items: number; costed: number; cost: number }>(sql`
        SELECT r.variant_id, count(i.id)::int AS items, count(i.cost)::int AS costed,
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

  // Per variant first; a listing's figures are its variants' sums. A removed variant still
  // shows while the window holds its sales.
  const variantStats = new Map<string, VariantAnalytics[]>();
  const listings = new Map<string, { id: string; title: string; soldCount: number; maxQuantity: number | null }>();
  for (const { variant: v, ...t } of templateRows) {
    listings.set(t.id, t);
    const sales = salesRows.find((r) => r.variant_id === v.id);
    if (v.removedAt && !sales) continue;
    const costs = costRows.find((r) => r.variant_id === v.id);
    const figures = saleFigures(sales, costs);
    const list = variantStats.get(t.id) ?? [];
    list.push({ variantId: v.id, title: v.title, ...figures, soldCount: v.soldCount, maxQuantity: v.maxQuantity });
    variantStats.set(t.id, list);
  }
  const templateStats: TemplateAnalytics[] = [...listings.values()].map((t) => {
    const variants = variantStats.get(t.id) ?? [];
    const sum = (k: 'requests' | 'units' | 'revenue' | 'items' | 'costedItems' | 'itemCost') =>
      variants.reduce((n, v) => n + v[k], 0);
    return {
      templateId: t.id,
      title: t.title,
      ...saleFigures(
        { requests: sum('requests'), units: sum('units'), revenue: sum('revenue') },
        { items: sum('items'), costed: sum('costedItems'), cost: sum('itemCost') },
      ),
      soldCount: t.soldCount,
      maxQuantity: t.maxQuantity,
      variants,
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

function saleFigures(
  sales: { requests: number; units: number; revenue: number } | undefined,
  costs: { items: number; costed: number; cost: number } | undefined,
) {
  const revenue = Number(sales?.revenue ?? 0);
  const items = costs?.items ?? 0;
  const costedItems = costs?.costed ?? 0;
  const itemCost = Number(costs?.cost ?? 0);
  return {
    requests: sales?.requests ?? 0,
    units: Number(sales?.units ?? 0),
    revenue,
    items,
    costedItems,
    itemCost,
    margin: items > 0 && costedItems === items ? revenue - itemCost : null,
  };
}
