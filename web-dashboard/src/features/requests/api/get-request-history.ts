import { AuditEntry, page } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getRequestHistoryResponse = page(AuditEntry);

/** What happened to one order, from the audit trail: paid, delivered, disputed and why, resolved. */
export function getRequestHistory(requestId: string, signal?: AbortSignal) {
  return apiRequest(
    `/audit${query({ subjectType: 'purchase_request', subjectId: requestId, limit: 100 })}`,
    getRequestHistoryResponse,
    { signal },
  );
}

export function useRequestHistory(requestId: string) {
  return useQuery({
    queryKey: queryKeys.requestHistory(requestId),
    queryFn: ({ signal }) => getRequestHistory(requestId, signal),
  });
}
