import type { SupplierOrder } from '@codepool/shared';
import { lockSessionOf } from '../../../jobs/lock-session.ts';
import { type ServiceContext, sellerId } from '../../context.ts';
import { ConflictError } from '../../errors.ts';
import { failOrder } from './fail-order.ts';
import { findSellerOrder } from './find-seller-order.ts';
import { afterOrder } from './order-effects.ts';
import { orderLockKey } from './run-order-step.ts';
import { toSupplierOrderResponse } from './supplier-order-response.ts';

/**
 * The seller's Cancel: an open order ends `canceled` (taken under the order's guard, so no
 * step is mid-call); a sale that loses its order gets the failure path — own stock or a
 * refund. A finished order is 409, and so is one whose step is running right now (try again).
 */
export async function cancelSupplierOrder(
  ctx: ServiceContext,
  { orderId }: { orderId: string },
): Promise<SupplierOrder> {
  const owner = sellerId(ctx);
  await findSellerOrder(ctx.db, owner, orderId);
  const unlock = await lockSessionOf(ctx.db.$client).tryLock(orderLockKey(orderId));
  if (!unlock) throw new ConflictError('a step of this order is running; try again in a moment');
  let fx = null;
  try {
    fx = await ctx.db.transaction(async (tx) => {
      const { order } = await findSellerOrder(tx, owner, orderId, { forUpdate: true });
      if (order.status !== 'pending' && order.status !== 'placing' && order.status !== 'processing')
        throw new ConflictError(`a ${order.status} order cannot be canceled`, { status: order.status });
      return failOrder(tx, ctx, { order, reason: 'canceled by the seller', status: 'canceled' });
    });
  } finally {
    await unlock();
  }
  if (fx) await afterOrder(ctx, fx);
  const { order, kind } = await findSellerOrder(ctx.db, owner, orderId);
  return toSupplierOrderResponse(order, kind);
}
