import { AnalyticsOverview, AnalyticsQuery, IdParams, StockHistory } from '@codepool/shared';
import { getAnalyticsOverview } from '../../domain/analytics/get-analytics-overview.ts';
import { getStockHistory } from '../../domain/analytics/get-stock-history.ts';
import { type RouteKit, route } from '../route.ts';

/**
 * The seller's figures over the last days. A pool's stock history is here, not in pools.ts:
 * it is a figure over a window (same query, same domain folder), not the pool resource.
 */
export function analyticsRoutes(kit: RouteKit) {
  const base = { tag: 'analytics', auth: 'seller', scope: 'pools:read', query: AnalyticsQuery } as const;
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/analytics/overview',
      summary: 'Draws, pace, waste, sales and margin over the last days',
      response: AnalyticsOverview,
    },
    ({ ctx, query }) => getAnalyticsOverview(ctx, query),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id/stock-history',
      summary: 'Drawable stock and draws per day',
      params: IdParams,
      response: StockHistory,
    },
    ({ ctx, params, query }) => getStockHistory(ctx, { poolId: params.id, days: query.days }),
  );
}
