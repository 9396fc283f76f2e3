import { StockHistory } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getStockHistoryResponse = StockHistory;

export function getStockHistory({ poolId, days }: { poolId: string; days: number }, signal?: AbortSignal) {
  return apiRequest(`/pools/${poolId}/stock-history${query({ days })}`, getStockHistoryResponse, { signal });
}

export function useStockHistory(poolId: string, days = 30) {
  return useQuery({
    queryKey: [...queryKeys.stockHistory(poolId), days],
    queryFn: ({ signal }) => getStockHistory({ poolId, days }, signal),
  });
}
