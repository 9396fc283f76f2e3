import type { SupplierOrderState } from '../../../suppliers/adapter.ts';
import type { Deps } from '../../context.ts';

export type OrderSignal = {
  sourceId: string;
  /** Our id as the supplier echoes it (Kinguin's orderExternalId, the seller server's orderId)… */
  externalId?: string | undefined;
  /** …or the supplier's own order id. */
  supplierOrderId?: string | undefined;
  /** The event's own time: older than what the order already saw, it changes nothing. */
  updatedAt?: Date | null | undefined;
  /**
   * A state the supplier pushed over a verified channel (the seller server's HMAC-signed
   * callback carries its codes). Without it, the order is re-fetched through the API before
   * anything is believed (Kinguin's webhook secret is static).
   */
  pushed?: SupplierOrderState | undefined;
};

/**
 * A supplier said something changed about one of our orders (a webhook, a callback): the
 * order's next step runs now. `unknown`: no open order of this source matches; `stale`: the
 * event is older than what the order has seen; `accepted`: the step is queued.
 * (issue 16: the order engine implements this.)
 */
export async function signalSupplierOrder(
  _deps: Deps,
  _signal: OrderSignal,
): Promise<'accepted' | 'unknown' | 'stale'> {
  throw new Error('the supplier order engine is not built yet');
}
