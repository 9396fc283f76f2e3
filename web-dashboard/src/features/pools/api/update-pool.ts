import { Pool, UpdatePoolInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const updatePoolInput = UpdatePoolInput;
export const updatePoolResponse = Pool;

export function updatePool({ poolId, patch }: { poolId: string; patch: UpdatePoolInput }) {
  return apiRequest(`/pools/${poolId}`, updatePoolResponse, { method: 'PATCH', body: updatePoolInput.parse(patch) });
}

export function useUpdatePool() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updatePool,
    onSuccess: (pool) => {
      client.setQueryData(queryKeys.pool(pool.id), pool);
      return client.invalidateQueries({ queryKey: queryKeys.pools });
    },
  });
}
