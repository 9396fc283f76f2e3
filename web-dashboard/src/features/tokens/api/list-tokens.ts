import { ApiToken } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listTokensResponse = z.array(ApiToken);

export function listTokens(signal?: AbortSignal) {
  return apiRequest('/tokens', listTokensResponse, { signal });
}

export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens, queryFn: ({ signal }) => listTokens(signal) });
}
