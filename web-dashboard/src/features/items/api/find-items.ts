import { FindItemInput, FindItemResult } from '@codepool/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const findItemsInput = FindItemInput;
export const findItemsResponse = FindItemResult;

/**
 * Looks up one exact code by its fingerprint. A POST, so the code travels in the body and
 * never sits in a URL (access logs, browser history); a mutation, so it is not cached.
 */
export function findItems({ poolId, code }: { poolId: string; code: string }) {
  return apiRequest(`/pools/${poolId}/items/find`, findItemsResponse, {
    method: 'POST',
    body: findItemsInput.parse({ code }),
  });
}

export function useFindItems() {
  return useMutation({ mutationFn: findItems });
}
