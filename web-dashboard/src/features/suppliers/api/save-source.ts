import { PoolSource, PoolSourceInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const saveSourceInput = PoolSourceInput;
export const saveSourceResponse = PoolSource;

export function saveSource({ poolId, input }: { poolId: string; input: PoolSourceInput }) {
  return apiRequest(`/pools/${poolId}/source`, saveSourceResponse, {
    method: 'PUT',
    body: saveSourceInput.parse(input),
  });
}

function withoutSecret(source: PoolSource): PoolSource {
  if (source.mode === 'stock') return source;
  const { webhookSecret: _shownOnce, ...kept } = source;
  return kept;
}

/**
 * The answer may hold Kinguin's webhook secret, once: the caller shows it from the mutation's
 * result, and the cache keeps the source without it, so it is gone on the next render elsewhere.
 */
export function useSaveSource(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PoolSourceInput) => saveSource({ poolId, input }),
    onSuccess: (source) => {
      client.setQueryData(queryKeys.poolSource(poolId), withoutSecret(source));
      for (const queryKey of [queryKeys.pools, queryKeys.supplierOrders(poolId)]) {
        void client.invalidateQueries({ queryKey });
      }
    },
  });
}
