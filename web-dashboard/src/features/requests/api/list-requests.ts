import { PurchaseRequest, page, type RequestStatus } from '@codepool/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listRequestsResponse = page(PurchaseRequest);
export const ORDERS_PAGE_SIZE = 25;

/** The seller's sales, newest first, optionally of one status. */
export function listRequests(
  { status, cursor }: { status?: RequestStatus | undefined; cursor?: string | undefined },
  signal?: AbortSignal,
) {
  return apiRequest(
    `/requests${query({ role: 'seller', status, cursor, limit: ORDERS_PAGE_SIZE })}`,
    listRequestsResponse,
    { signal },
  );
}

export function useRequests(status: RequestStatus | undefined, cursor: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.requests, status ?? 'all', cursor ?? 'first'],
    queryFn: ({ signal }) => listRequests({ status, cursor }, signal),
    placeholderData: keepPreviousData,
    // New unpaid orders are not pushed over the socket; look again now and then.
    refetchInterval: 30_000,
  });
}
