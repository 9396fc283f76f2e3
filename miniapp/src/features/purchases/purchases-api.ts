import {
  CreateRequestInput,
  InvoiceLink,
  type OpenDisputeInput,
  PurchaseRequest,
  page,
  type RequestStatus,
  RevealResult,
} from '@codepool/shared';
import { z } from 'zod';
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

/** A Stars invoice link for an unpaid request. Built by the payments issue; a 404 means not yet. */
export function createInvoice(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/invoice`, InvoiceLink, { method: 'POST' });
}

export function revealRequest(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/reveal`, RevealResult, { method: 'POST' });
}

// Confirm and dispute are built by another issue. The screen loads the request again after
// either succeeds, so their answers are not read: any 2xx is success.

export function confirmReceipt(id: string) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/confirm`, z.unknown(), { method: 'POST' });
}

export function openDispute(id: string, input: OpenDisputeInput) {
  return apiRequest(`/requests/${encodeURIComponent(id)}/dispute`, z.unknown(), { method: 'POST', body: input });
}
