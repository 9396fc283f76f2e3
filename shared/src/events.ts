import type { RequestStatus } from './enums.ts';
import type { SupplierOrderStatus } from './suppliers.ts';

/**
 * socket.io events the server sends, by name. They carry ids and counts, never item
 * content: a socket room is not an authorisation boundary fine enough for secrets.
 */
export type ServerEvents = {
  'delivery-update': { requestId: string; status: RequestStatus; quantity: number; delivered: number };
  'request-update': { requestId: string; status: RequestStatus };
  'stock-update': { poolId: string; available: number };
  /** A supplier order of one of the seller's pools changed status. */
  'supplier-order-update': { orderId: string; poolId: string; status: SupplierOrderStatus };
  'import-progress': { poolId: string; batchId: string; rows: number; bytes: number; totalBytes: number | null };
};
export type ServerEventName = keyof ServerEvents;
