import type { SupplierOrderStatus } from '@codepool/shared';
import type { ServiceContext } from '../../context.ts';
import { attemptRefund } from '../../escrow/attempt-refund.ts';
import { onRestock } from '../../fulfillment/on-restock.ts';
import { refreshStockSignals } from '../../fulfillment/stock-signals.ts';
import { checkSourcePause } from './check-source-pause.ts';

/** What a committed order step must be followed by: live events, refunds, restock and pause checks. */
export type OrderEffects = {
  order: { id: string; poolId: string; sellerId: string; sourceId: string; status: SupplierOrderStatus };
  delivered?: { requestId: string; buyerId: string; sellerId: string; itemIds: string[] };
  refund?: { escrowId: string; requestId: string; buyerId: string };
  /** Items went into the pool's stock (a restock, released reservations, keys kept). */
  restocked?: boolean;
};

const FINISHED = new Set<SupplierOrderStatus>(['completed', 'failed', 'canceled']);

/** Runs what follows a committed step; never throws for a follow-up that can be redone later. */
export async function afterOrder(ctx: ServiceContext, fx: OrderEffects): Promise<void> {
  const { order } = fx;
  ctx.events.toUser(order.sellerId, 'supplier-order-update', {
    orderId: order.id,
    poolId: order.poolId,
    status: order.status,
  });
  if (fx.delivered) {
    const d = fx.delivered;
    const payload = {
      requestId: d.requestId,
      status: 'delivered' as const,
      quantity: d.itemIds.length,
      delivered: d.itemIds.length,
    };
    ctx.events.toUser(d.buyerId, 'delivery-update', payload);
    ctx.events.toUser(d.sellerId, 'delivery-update', payload);
  }
  if (fx.refund) {
    const r = fx.refund;
    ctx.events.toUser(r.buyerId, 'request-update', { requestId: r.requestId, status: 'refund_pending' });
    ctx.events.toUser(order.sellerId, 'request-update', { requestId: r.requestId, status: 'refund_pending' });
    await attemptRefund(ctx, { escrowId: r.escrowId }).catch((e: unknown) =>
      ctx.log.error({ err: e, requestId: r.requestId }, 'refund attempt failed; the refund job retries it'),
    );
  }
  try {
    if (fx.restocked) await onRestock(ctx, { poolId: order.poolId });
    else if (fx.delivered) await refreshStockSignals(ctx, { poolId: order.poolId });
    if (FINISHED.has(order.status)) await checkSourcePause(ctx, { sourceId: order.sourceId });
  } catch (e) {
    ctx.log.error({ err: e, orderId: order.id }, 'a supplier order follow-up failed');
  }
}
