import { SupplierOrder } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const retrySupplierOrderResponse = SupplierOrder;

/** An open order: its next step runs now. A failed restock: placed again under a new id. */
export function retrySupplierOrder(orderId: string) {
  return apiRequest(`/supplier-orders/${orderId}/retry`, retrySupplierOrderResponse, { method: 'POST' });
}

export function useRetrySupplierOrder(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: retrySupplierOrder,
    onSuccess: () => {
      for (const queryKey of [queryKeys.supplierOrders(poolId), queryKeys.poolSource(poolId), queryKeys.requests]) {
        void client.invalidateQueries({ queryKey });
      }
    },
  });
}
