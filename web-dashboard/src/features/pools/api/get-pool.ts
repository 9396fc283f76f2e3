import { Pool } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getPoolResponse = Pool;

export function getPool(poolId: string, signal?: AbortSignal) {
  return apiRequest(`/pools/${poolId}`, getPoolResponse, { signal });
}

export function usePool(poolId: string) {
  return useQuery({ queryKey: queryKeys.pool(poolId), queryFn: ({ signal }) => getPool(poolId, signal) });
}
