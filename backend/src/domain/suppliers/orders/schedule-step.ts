import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { supplierOrders } from '../../../db/schema/index.ts';
import { enqueueJob, removeJob } from '../../../jobs/durable.ts';
import type { SupplierSettings } from '../../context.ts';

/** The durable task that runs one step of a supplier order (registered in jobs/durable-tasks.ts). */
export const SUPPLIER_ORDER_TASK = 'supplier-order';
export const orderJobKey = (orderId: string) => `supplier-order:${orderId}`;

/** Seconds before the n-th wait (from 0): 2, 4, 8, 16, 30, 30… with the default settings. */
export function backoffS(n: number, s: Pick<SupplierSettings, 'pollMinS' | 'pollMaxS'>): number {
  return Math.min(s.pollMaxS, s.pollMinS * 2 ** Math.min(Math.max(0, n), 20));
}

/**
 * Queues the order's next step `inS` seconds from now, in the caller's transaction. One job
 * key per order: adding it again moves the waiting job instead of adding a second one.
 */
export async function scheduleStep(q: DbOrTx, orderId: string, inS = 0): Promise<void> {
  const runAt = new Date(Date.now() + Math.max(0, inS) * 1000);
  // The order row first, then the job key: every writer takes them in this order (no deadlock).
  await q
    .update(supplierOrders)
    .set({ nextAttemptAt: runAt, updatedAt: sql`now()` })
    .where(eq(supplierOrders.id, orderId));
  await enqueueJob(q, SUPPLIER_ORDER_TASK, { orderId }, { key: orderJobKey(orderId), runAt, maxAttempts: 25 });
}

/** Queues the step again without touching the order (a step that found the order's guard held). */
export async function requeueStep(q: DbOrTx, orderId: string, inS: number): Promise<void> {
  const runAt = new Date(Date.now() + Math.max(0, inS) * 1000);
  await enqueueJob(q, SUPPLIER_ORDER_TASK, { orderId }, { key: orderJobKey(orderId), runAt, maxAttempts: 25 });
}

/** Drops a finished order's waiting step, if any. */
export async function unscheduleStep(q: DbOrTx, orderId: string): Promise<void> {
  await removeJob(q, orderJobKey(orderId));
}
