import { PoolSourceInput, TestSourceResult } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const testSourceInput = PoolSourceInput;
export const testSourceResponse = TestSourceResult;

/** Asks the supplier for price and availability with the form's values (before saving), or the saved source's. */
export function testSource({ poolId, input }: { poolId: string; input?: PoolSourceInput | undefined }) {
  return apiRequest(`/pools/${poolId}/source/test`, testSourceResponse, {
    method: 'POST',
    body: input === undefined ? undefined : testSourceInput.parse(input),
  });
}

export function useTestSource(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input?: PoolSourceInput) => testSource({ poolId, input }),
    // A successful test of the saved source stores its quote.
    onSuccess: (r) => r.ok && client.invalidateQueries({ queryKey: queryKeys.poolSource(poolId) }),
  });
}
