import type { RequestStatus } from './enums.ts';

/**
 * socket.io events the server sends, by name. They carry ids and counts, never item
 * content: a socket room is not an authorisation boundary fine enough for secrets.
 */
export type ServerEvents = {
  'delivery-update': { requestId: string; status: RequestStatus; quantity: number; delivered: number };
  'request-update': { requestId: string; status: RequestStatus };
  'stock-update': { poolId: string; available: number };
  'import-progress': { poolId: string; batchId: string; rows: number; bytes: number; totalBytes: number | null };
};
export type ServerEventName = keyof ServerEvents;
