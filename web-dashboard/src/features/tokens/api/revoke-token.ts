import { ApiToken } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const revokeTokenResponse = ApiToken;

export function revokeToken(tokenId: string) {
  return apiRequest(`/tokens/${tokenId}`, revokeTokenResponse, { method: 'DELETE' });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
