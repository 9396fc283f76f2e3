import { CreatePoolInput, Pool } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const createPoolInput = CreatePoolInput;
export const createPoolResponse = Pool;

export function createPool(input: CreatePoolInput) {
  return apiRequest('/pools', createPoolResponse, { method: 'POST', body: createPoolInput.parse(input) });
}

export function useCreatePool() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createPool,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.pools }),
  });
}
