import { PoolSource } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getSourceResponse = PoolSource;

/** The pool's supplier as its seller sees it: never the credentials, only whether they are set. */
export function getSource(poolId: string, signal?: AbortSignal) {
  return apiRequest(`/pools/${poolId}/source`, getSourceResponse, { signal });
}

export function usePoolSource(poolId: string) {
  return useQuery({ queryKey: queryKeys.poolSource(poolId), queryFn: ({ signal }) => getSource(poolId, signal) });
}
