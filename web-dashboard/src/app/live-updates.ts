import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../lib/query-keys.ts';
import { connectRealtime, disconnectRealtime, useServerEvent } from '../lib/realtime.ts';

/**
 * Keeps every screen current without a reload: stock moves refresh the pool screens, order
 * changes refresh the orders and figures. Events carry ids and counts; the data is fetched
 * again through the API, scoped to the seller like everything else.
 */
export function useLiveUpdates() {
  const client = useQueryClient();
  useEffect(() => {
    connectRealtime();
    return () => disconnectRealtime();
  }, []);
  useServerEvent('stock-update', ({ poolId, available }) => {
    client.setQueryData(queryKeys.pools, (pools: { id: string; stock: { available: number } }[] | undefined) =>
      pools?.map((p) => (p.id === poolId ? { ...p, stock: { ...p.stock, available } } : p)),
    );
    for (const queryKey of [
      queryKeys.pools,
      queryKeys.items(poolId),
      queryKeys.stockHistory(poolId),
      queryKeys.imports(poolId),
      queryKeys.templates,
      queryKeys.analytics,
    ]) {
      void client.invalidateQueries({ queryKey });
    }
  });
  const requestsChanged = () => {
    for (const queryKey of [queryKeys.requests, queryKeys.analytics, queryKeys.audit]) {
      void client.invalidateQueries({ queryKey });
    }
  };
  useServerEvent('delivery-update', requestsChanged);
  // A supplier order moved: its table, the source's recent-failure figures (a pause), and the
  // pool (a pause stops its listings).
  useServerEvent('supplier-order-update', ({ poolId }) => {
    for (const queryKey of [
      queryKeys.supplierOrders(poolId),
      queryKeys.poolSource(poolId),
      queryKeys.pool(poolId),
      queryKeys.requests,
    ]) {
      void client.invalidateQueries({ queryKey });
    }
  });
  useServerEvent('request-update', requestsChanged);
}
