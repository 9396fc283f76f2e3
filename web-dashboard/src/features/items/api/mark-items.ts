import { MarkItemsInput, MarkItemsResult } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const markItemsInput = MarkItemsInput;
export const markItemsResponse = MarkItemsResult;

export function markItems({ poolId, input }: { poolId: string; input: MarkItemsInput }) {
  return apiRequest(`/pools/${poolId}/items/mark`, markItemsResponse, {
    method: 'POST',
    body: markItemsInput.parse(input),
  });
}

export function useMarkItems(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkItemsInput) => markItems({ poolId, input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.items(poolId) }),
        client.invalidateQueries({ queryKey: queryKeys.pools }),
        client.invalidateQueries({ queryKey: queryKeys.stockHistory(poolId) }),
      ]),
  });
}
