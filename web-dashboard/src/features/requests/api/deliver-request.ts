import { DeliverManuallyInput, PurchaseRequest } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const deliverRequestInput = DeliverManuallyInput;
export const deliverRequestResponse = PurchaseRequest;

/** Delivers a paid order of an unbound listing by hand: one content per item bought. */
export function deliverRequest({ requestId, contents }: { requestId: string; contents: string[] }) {
  return apiRequest(`/requests/${requestId}/deliver`, deliverRequestResponse, {
    method: 'POST',
    body: deliverRequestInput.parse({ contents }),
  });
}

export function useDeliverRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deliverRequest,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.requests }),
        client.invalidateQueries({ queryKey: queryKeys.audit }),
      ]),
  });
}
