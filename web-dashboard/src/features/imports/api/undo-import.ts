import { UndoImportResult } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const undoImportResponse = UndoImportResult;

/** Withdraws what is still available of a batch; sold and reserved items stay the buyers'. */
export function undoImport({ poolId, batchId }: { poolId: string; batchId: string }) {
  return apiRequest(`/pools/${poolId}/imports/${batchId}/undo`, undoImportResponse, { method: 'POST' });
}

export function useUndoImport(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) => undoImport({ poolId, batchId }),
    onSuccess: () =>
      Promise.all(
        [queryKeys.imports(poolId), queryKeys.items(poolId), queryKeys.pools, queryKeys.stockHistory(poolId)].map(
          (queryKey) => client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
