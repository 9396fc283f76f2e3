import { Reconciliation } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getReconciliationResponse = Reconciliation;

export function getReconciliation(signal?: AbortSignal) {
  return apiRequest('/ledger/reconciliation', getReconciliationResponse, { signal });
}

export function useReconciliation() {
  return useQuery({ queryKey: queryKeys.ledger, queryFn: ({ signal }) => getReconciliation(signal) });
}
