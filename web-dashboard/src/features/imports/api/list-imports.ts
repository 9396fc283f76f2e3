import { ImportBatch, page } from '@codepool/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listImportsResponse = page(ImportBatch);
export const IMPORTS_PAGE_SIZE = 10;

/** A pool's import batches, newest first. */
export function listImports({ poolId, cursor }: { poolId: string; cursor?: string | undefined }, signal?: AbortSignal) {
  return apiRequest(`/pools/${poolId}/imports${query({ cursor, limit: IMPORTS_PAGE_SIZE })}`, listImportsResponse, {
    signal,
  });
}

export function useImports(poolId: string, cursor?: string) {
  return useQuery({
    queryKey: [...queryKeys.imports(poolId), cursor ?? 'first'],
    queryFn: ({ signal }) => listImports({ poolId, cursor }, signal),
    placeholderData: keepPreviousData,
  });
}
