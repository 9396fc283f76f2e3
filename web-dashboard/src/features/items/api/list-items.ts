import { Item, type ItemStatus, page } from '@codepool/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listItemsResponse = page(Item);
export const ITEMS_PAGE_SIZE = 25;

export type ListItemsParams = { poolId: string; status?: ItemStatus | undefined; cursor?: string | undefined };

/** One page of a pool's items, masked; the server's cursor leads to the next. */
export function listItems({ poolId, status, cursor }: ListItemsParams, signal?: AbortSignal) {
  return apiRequest(`/pools/${poolId}/items${query({ status, cursor, limit: ITEMS_PAGE_SIZE })}`, listItemsResponse, {
    signal,
  });
}

export function useItems(params: ListItemsParams) {
  return useQuery({
    queryKey: [...queryKeys.items(params.poolId), params.status ?? 'all', params.cursor ?? 'first'],
    queryFn: ({ signal }) => listItems(params, signal),
    placeholderData: keepPreviousData,
  });
}
