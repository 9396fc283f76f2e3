import { SupplierOrder } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const cancelSupplierOrderResponse = SupplierOrder;

/** Not yet placed, or a restock: canceled. A sale: canceled, then delivered from own stock or refunded. */
export function cancelSupplierOrder(orderId: string) {
  return apiRequest(`/supplier-orders/${orderId}/cancel`, cancelSupplierOrderResponse, { method: 'POST' });
}

export function useCancelSupplierOrder(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: cancelSupplierOrder,
    onSuccess: () => {
      for (const queryKey of [queryKeys.supplierOrders(poolId), queryKeys.poolSource(poolId), queryKeys.requests]) {
        void client.invalidateQueries({ queryKey });
      }
    },
  });
}
