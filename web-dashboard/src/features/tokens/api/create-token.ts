import { CreateApiTokenInput, CreatedApiToken } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const createTokenInput = CreateApiTokenInput;
export const createTokenResponse = CreatedApiToken;

/** The answer holds the token itself, once; it is never stored in the query cache. */
export function createToken(input: CreateApiTokenInput) {
  return apiRequest('/tokens', createTokenResponse, { method: 'POST', body: createTokenInput.parse(input) });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
