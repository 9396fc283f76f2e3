import { Dispute, ResolveDisputeInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const resolveDisputeInput = ResolveDisputeInput;
export const resolveDisputeResponse = Dispute;

export function resolveDispute({ requestId, action }: { requestId: string; action: ResolveDisputeInput['action'] }) {
  return apiRequest(`/requests/${requestId}/dispute/resolve`, resolveDisputeResponse, {
    method: 'POST',
    body: resolveDisputeInput.parse({ action }),
  });
}

export function useResolveDispute() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: resolveDispute,
    onSuccess: () =>
      Promise.all(
        [queryKeys.requests, queryKeys.audit, queryKeys.pools].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
