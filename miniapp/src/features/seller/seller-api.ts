import {
  AddItemsInput,
  AddItemsResult,
  type DeliverManuallyInput,
  ImportBatch,
  type ItemInput,
  Pool,
  PurchaseRequest,
  page,
} from '@codepool/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client.ts';

export function listPools(signal?: AbortSignal) {
  return apiRequest('/pools', z.array(Pool), { signal });
}

export function getPool(id: string, signal?: AbortSignal) {
  return apiRequest(`/pools/${encodeURIComponent(id)}`, Pool, { signal });
}

const ImportPage = page(ImportBatch);

/** The newest five import batches of a pool. */
export async function listRecentImports(poolId: string, signal?: AbortSignal): Promise<ImportBatch[]> {
  const answer = await apiRequest(`/pools/${encodeURIComponent(poolId)}/imports?limit=5`, ImportPage, { signal });
  return answer.items;
}

export function addItems(poolId: string, items: ItemInput[]) {
  return apiRequest(`/pools/${encodeURIComponent(poolId)}/items`, AddItemsResult, {
    method: 'POST',
    body: AddItemsInput.parse({ items, skipDuplicates: true }),
  });
}

/** Manual delivery of a funded request without a pool: one content per item bought. */
export function deliverManually(requestId: string, contents: string[]) {
  return apiRequest(`/requests/${encodeURIComponent(requestId)}/deliver`, PurchaseRequest, {
    method: 'POST',
    body: { contents } satisfies DeliverManuallyInput,
  });
}
