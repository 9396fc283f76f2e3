import { OPEN_SUPPLIER_ORDER_STATUSES } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { poolItems, purchaseRequests, type SupplierOrderRow, supplierOrders } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ServiceContext } from '../../context.ts';
import { startRefund } from '../../escrow/start-refund.ts';
import { deliverInTx } from '../../fulfillment/deliver-from-pool.ts';
import { queueNotifications } from '../../notifications/queue-notification.ts';
import type { OrderEffects } from './order-effects.ts';
import { unscheduleStep } from './schedule-step.ts';

export type FailureOutcome = 'own_stock' | 'refunded' | 'restock_failed';

/**
 * Ends an open order without keys for its purpose, in the caller's transaction (which holds
 * the order's guard): the order becomes `failed` (or `canceled`), and a sale is delivered
 * from the pool's own stock if it holds enough now — its reserved items released first, so
 * they count — else refunded (startRefund). The seller is told what happened
 * (`supplier_order_failed`); the buyer gets the usual delivery or refund notice. Null: the
 * order was no longer open. An in-transaction step of the order engine.
 */
export async function failOrder(
  tx: Tx,
  ctx: ServiceContext,
  {
    order,
    reason,
    status = 'failed',
    keysKept = false,
  }: { order: SupplierOrderRow; reason: string; status?: 'failed' | 'canceled'; keysKept?: boolean },
): Promise<OrderEffects | null> {
  const lastError = reason.slice(0, 500);
  const [ended] = await tx
    .update(supplierOrders)
    .set({ status, lastError, finishedAt: sql`now()`, nextAttemptAt: null, updatedAt: sql`now()` })
    .where(and(eq(supplierOrders.id, order.id), inArray(supplierOrders.status, [...OPEN_SUPPLIER_ORDER_STATUSES])))
    .returning();
  if (!ended) return null;
  await unscheduleStep(tx, order.id);
  const fx: OrderEffects = {
    order: { id: order.id, poolId: order.poolId, sellerId: order.sellerId, sourceId: order.sourceId, status },
    restocked: keysKept,
  };
  let outcome: FailureOutcome = 'restock_failed';
  if (order.purpose === 'sale' && order.requestId) {
    const requestId = order.requestId;
    const [req] = await tx
      .select({ status: purchaseRequests.status, buyerId: purchaseRequests.buyerId })
      .from(purchaseRequests)
      .where(eq(purchaseRequests.id, requestId))
      .for('update');
    if (req?.status === 'preparing') {
      const released = await tx
        .update(poolItems)
        .set({ status: 'available', purchaseRequestId: null, statusChangedAt: sql`now()` })
        .where(and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'reserved')))
        .returning({ id: poolItems.id });
      const delivery = await deliverInTx(tx, {
        requestId,
        from: 'preparing',
        poolId: order.poolId,
        disputeWindowH: ctx.settings.disputeWindowH,
      });
      if (delivery) {
        outcome = 'own_stock';
        fx.delivered = { requestId, buyerId: delivery.buyerId, sellerId: delivery.sellerId, itemIds: delivery.itemIds };
      } else {
        const refund = await startRefund(tx, ctx.actor, { requestId, why: `supplier order failed: ${lastError}` });
        outcome = 'refunded';
        fx.refund = { escrowId: refund.escrowId, requestId, buyerId: req.buyerId };
        if (released.length > 0) fx.restocked = true;
      }
    } else {
      // The sale already ended some other way (a refund, a cancel): nothing more to do for it.
      outcome = req?.status === 'delivered' ? 'own_stock' : 'refunded';
    }
  }
  await recordAudit(
    tx,
    ctx.actor,
    status === 'canceled' ? 'supplier.order_canceled' : 'supplier.order_failed',
    { type: 'supplier_order', id: order.id },
    { poolId: order.poolId, requestId: order.requestId, purpose: order.purpose, reason: lastError, outcome },
  );
  await queueNotifications(tx, [
    {
      recipientId: order.sellerId,
      kind: 'supplier_order_failed',
      payload: { poolId: order.poolId, orderId: order.id, reason: lastError, outcome },
      dedupeKey: `supplier-failed:${order.externalId}`,
    },
  ]);
  return fx;
}
