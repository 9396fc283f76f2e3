import { AddItemsInput, AddItemsResult, ImportBatch, type ItemInput, Pool, page } from '@codepool/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client.ts';

export function listPools(signal?: AbortSignal) {
  return apiRequest('/pools', z.array(Pool), { signal });
}

export function getPool(id: string, signal?: AbortSignal) {
  return apiRequest(`/pools/${encodeURIComponent(id)}`, Pool, { signal });
}

// The imports list belongs to the CSV import issue; it may answer a page or a plain list.
const ImportList = z.union([page(ImportBatch), z.array(ImportBatch)]);

/** Recent imports of a pool, or null when the server has no such route (yet) or cannot answer it. */
export async function listRecentImports(poolId: string, signal?: AbortSignal): Promise<ImportBatch[] | null> {
  try {
    const answer = await apiRequest(`/pools/${encodeURIComponent(poolId)}/imports?limit=5`, ImportList, { signal });
    return Array.isArray(answer) ? answer : answer.items;
  } catch (e) {
    if (signal?.aborted) throw e;
    return null;
  }
}

export function addItems(poolId: string, items: ItemInput[]) {
  return apiRequest(`/pools/${encodeURIComponent(poolId)}/items`, AddItemsResult, {
    method: 'POST',
    body: AddItemsInput.parse({ items, skipDuplicates: true }),
  });
}

/**
 * Manual delivery of a funded request without a pool: one content per item bought. Its
 * answer is not read (the screen reloads the request).
 */
export function deliverManually(requestId: string, contents: string[]) {
  return apiRequest(`/requests/${encodeURIComponent(requestId)}/deliver`, z.unknown(), {
    method: 'POST',
    body: { contents },
  });
}
