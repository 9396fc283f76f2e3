import { Pool } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const archivePoolResponse = Pool;

/** DELETE archives: the pool stops selling, its items are kept for past buyers. */
export function archivePool(poolId: string) {
  return apiRequest(`/pools/${poolId}`, archivePoolResponse, { method: 'DELETE' });
}

export function useArchivePool() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: archivePool,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.pools }),
        client.invalidateQueries({ queryKey: queryKeys.templates }),
      ]),
  });
}
