import { DeliverManuallyInput, PurchaseRequest } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const deliverOrderInput = DeliverManuallyInput;
export const deliverOrderResponse = PurchaseRequest;

/** Delivers a paid order of an unbound listing by hand: one content per item bought. */
export function deliverOrder({ requestId, contents }: { requestId: string; contents: string[] }) {
  return apiRequest(`/requests/${requestId}/deliver`, deliverOrderResponse, {
    method: 'POST',
    body: deliverOrderInput.parse({ contents }),
  });
}

export function useDeliverOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deliverOrder,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.orders }),
        client.invalidateQueries({ queryKey: queryKeys.audit }),
      ]),
  });
}
