import {
  CreateRequestInput,
  Dispute,
  DownloadLink,
  InvoiceLink,
  type OpenDisputeInput,
  PurchaseRequest,
  page,
  type RequestStatus,
  RevealResult,
} from '@codepool/shared';
import type { z } from 'zod';
import { apiRequest } from '../../lib/api-client.ts';

const RequestPage = page(PurchaseRequest);
export type RequestPage = z.infer<typeof RequestPage>;

export function getRequest(id: string, signal?: AbortSignal) {
  return apiRequest(`/requests/${encodeURIComponent(id)}`, PurchaseRequest, { signal });
}

export function listRequests(
  {
    role,
    status,
    cursor,
    limit,
  }: { role: 'buyer' | 'seller'; status?: RequestStatus; cursor?: string; limit?: number },
  signal?: AbortSignal,
) {
  const q = new URLSearchParams({ role });
  if (status) q.set('status', status);
  if (cursor) q.set('cursor', cursor);
  if (limit) q.set('limit', String(limit));
  return apiRequest(`/requests?${q}`, RequestPage, { signal });
}

export function createRequest(input: CreateRequestInput) {
  return apiRequest('/requests', PurchaseRequest, { method: 'POST', body: CreateRequestInput.parse(input) });
}

export function cancelRequest(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/cancel`, PurchaseRequest, { method: 'POST' });
}

/** A Stars invoice link for an unpaid request, for Telegram's openInvoice. */
export function createInvoice(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/invoice`, InvoiceLink, { method: 'POST' });
}

export function revealRequest(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/reveal`, RevealResult, { method: 'POST' });
}

/** A fresh single-use link to a delivered file or image (the one from the reveal was used or ran out). */
export function createDownloadLink(requestId: string, itemId: string) {
  return apiRequest(
    `/requests/${encodeURIComponent(requestId)}/items/${encodeURIComponent(itemId)}/download-link`,
    DownloadLink,
    { method: 'POST' },
  );
}

/** Releases escrow to the seller; the answer is the request, now completed. */
export function confirmReceipt(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/confirm`, PurchaseRequest, { method: 'POST' });
}

export function openDispute(id: string, input: OpenDisputeInput) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/dispute`, Dispute, { method: 'POST', body: input });
}
