import { Pool } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listPoolsResponse = z.array(Pool);

export function listPools(signal?: AbortSignal) {
  return apiRequest('/pools', listPoolsResponse, { signal });
}

export function usePools() {
  return useQuery({ queryKey: queryKeys.pools, queryFn: ({ signal }) => listPools(signal) });
}
