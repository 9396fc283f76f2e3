import { OPEN_SUPPLIER_ORDER_STATUSES } from '@codepool/shared';
import { and, eq, inArray, or } from 'drizzle-orm';
import { supplierOrders } from '../../../db/schema/index.ts';
import { lockSessionOf } from '../../../jobs/lock-session.ts';
import type { SupplierOrderState } from '../../../suppliers/adapter.ts';
import { type Deps, withActor } from '../../context.ts';
import { afterOrder } from './order-effects.ts';
import { orderLockKey, step } from './run-order-step.ts';
import { scheduleStep } from './schedule-step.ts';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A supplier said something changed about one of our orders (a webhook, a callback): the
 * order's next step runs now. `unknown`: no open order of this source matches; `stale`: the
 * event is older than what the order has seen; `accepted`: the step is queued (or, for a
 * pushed state, recorded at once when no step of the order is running).
 */
export async function signalSupplierOrder(deps: Deps, signal: OrderSignal): Promise<'accepted' | 'unknown' | 'stale'> {
  const matches = [];
  if (signal.externalId && UUID.test(signal.externalId)) matches.push(eq(supplierOrders.externalId, signal.externalId));
  if (signal.supplierOrderId) matches.push(eq(supplierOrders.supplierOrderId, signal.supplierOrderId.slice(0, 200)));
  if (matches.length === 0) return 'unknown';
  const [order] = await deps.db
    .select()
    .from(supplierOrders)
    .where(
      and(
        eq(supplierOrders.sourceId, signal.sourceId),
        inArray(supplierOrders.status, [...OPEN_SUPPLIER_ORDER_STATUSES]),
        or(...matches),
      ),
    )
    .limit(1);
  if (!order) return 'unknown';
  if (signal.updatedAt && order.supplierUpdatedAt && signal.updatedAt < order.supplierUpdatedAt) return 'stale';
  if (signal.pushed) {
    // Recorded now under the order's guard; if a step holds it, that step's own call gets the same answer.
    // A step of the order may be mid-call: wait for it a little, then leave the news to the next step.
    let unlock = await lockSessionOf(deps.db.$client).tryLock(orderLockKey(order.id));
    for (let i = 0; !unlock && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      unlock = await lockSessionOf(deps.db.$client).tryLock(orderLockKey(order.id));
    }
    if (unlock) {
      const ctx = withActor(deps, { type: 'system', job: 'supplier-orders' });
      let fx = null;
      try {
        fx = await step(ctx, order.id, signal.pushed);
      } finally {
        await unlock();
      }
      if (fx) await afterOrder(ctx, fx);
      return 'accepted';
    }
  }
  await deps.db.transaction((tx) => scheduleStep(tx, order.id, 0));
  return 'accepted';
}
