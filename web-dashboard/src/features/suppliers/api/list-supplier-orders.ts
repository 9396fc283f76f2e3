import { page, SupplierOrder, type SupplierOrderStatus } from '@codepool/shared';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listSupplierOrdersResponse = page(SupplierOrder);
export const SUPPLIER_ORDERS_PAGE_SIZE = 20;

/** A pool's supplier orders, newest first, optionally of one status. */
export function listSupplierOrders(
  { poolId, status, cursor }: { poolId: string; status?: SupplierOrderStatus | undefined; cursor?: string | undefined },
  signal?: AbortSignal,
) {
  return apiRequest(
    `/pools/${poolId}/supplier-orders${query({ status, cursor, limit: SUPPLIER_ORDERS_PAGE_SIZE })}`,
    listSupplierOrdersResponse,
    { signal },
  );
}

/** "Load more" appends the next page; a live event refetches every page loaded so far. */
export function useSupplierOrders(poolId: string, status: SupplierOrderStatus | undefined) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.supplierOrders(poolId), status ?? 'all'],
    queryFn: ({ signal, pageParam }) => listSupplierOrders({ poolId, status, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
