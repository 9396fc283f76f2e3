import { IdParams, page, SupplierOrder, SupplierOrdersQuery } from '@codepool/shared';
import { cancelSupplierOrder } from '../../domain/suppliers/orders/cancel-supplier-order.ts';
import { listSupplierOrders } from '../../domain/suppliers/orders/list-supplier-orders.ts';
import { retrySupplierOrder } from '../../domain/suppliers/orders/retry-supplier-order.ts';
import { type RouteKit, route } from '../route.ts';

/** Supplier orders: list a pool's, retry and cancel one. */
export function supplierOrderRoutes(kit: RouteKit) {
  const base = { tag: 'supplier-orders', auth: 'seller' } as const;
  route(
    kit,
    {
      ...base,
      scope: 'pools:read',
      method: 'get',
      path: '/pools/:id/supplier-orders',
      summary: "A pool's supplier orders, newest first",
      params: IdParams,
      query: SupplierOrdersQuery,
      response: page(SupplierOrder),
    },
    ({ ctx, params, query }) => listSupplierOrders(ctx, { poolId: params.id, ...query }),
  );
  route(
    kit,
    {
      ...base,
      scope: 'pools:write',
      method: 'post',
      path: '/supplier-orders/:id/retry',
      summary: 'Run an open order now, or place a failed restock again',
      params: IdParams,
      response: SupplierOrder,
    },
    ({ ctx, params }) => retrySupplierOrder(ctx, { orderId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      scope: 'pools:write',
      method: 'post',
      path: '/supplier-orders/:id/cancel',
      summary: 'Cancel an open order (a sale goes to own stock or is refunded)',
      params: IdParams,
      response: SupplierOrder,
    },
    ({ ctx, params }) => cancelSupplierOrder(ctx, { orderId: params.id }),
  );
}
