import { Me } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getMeResponse = Me;

export function getMe(signal?: AbortSignal) {
  return apiRequest('/me', getMeResponse, { signal });
}

/** Who is signed in; a 401 here is the normal answer for a visitor without a session. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => getMe(signal), retry: false, staleTime: 60_000 });
}
