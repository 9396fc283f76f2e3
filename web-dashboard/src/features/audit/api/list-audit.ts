import { AuditEntry, page } from '@codepool/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listAuditResponse = page(AuditEntry);
export const AUDIT_PAGE_SIZE = 50;

export function listAudit(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest(`/audit${query({ cursor, limit: AUDIT_PAGE_SIZE })}`, listAuditResponse, { signal });
}

export function useAudit(cursor: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.audit, 'page', cursor ?? 'first'],
    queryFn: ({ signal }) => listAudit(cursor, signal),
    placeholderData: keepPreviousData,
  });
}
