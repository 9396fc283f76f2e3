import type { SupplierOrder } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { supplierOrders } from '../../../db/schema/index.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../../context.ts';
import { ConflictError } from '../../errors.ts';
import { findSellerOrder } from './find-seller-order.ts';
import { scheduleStep } from './schedule-step.ts';
import { toSupplierOrderResponse } from './supplier-order-response.ts';

/**
 * The seller's Retry: an open order's next step runs now; a failed restock is placed again
 * as a new purchase, under a new external id (the old one may be spent at the supplier).
 * Anything else is finished for good (409).
 */
export async function retrySupplierOrder(
  ctx: ServiceContext,
  { orderId }: { orderId: string },
): Promise<SupplierOrder> {
  const owner = sellerId(ctx);
  const { order, kind } = await ctx.db.transaction(async (tx) => {
    const found = await findSellerOrder(tx, owner, orderId, { forUpdate: true });
    const o = found.order;
    const open = o.status === 'pending' || o.status === 'placing' || o.status === 'processing';
    if (open) {
      await scheduleStep(tx, o.id, 0);
    } else if (o.purpose === 'backfill' && o.status === 'failed') {
      // The partial unique index refuses a second open restock for the pool.
      const again = await tx
        .update(supplierOrders)
        .set({
          status: 'pending',
          externalId: uuidv7(),
          supplierOrderId: null,
          attempts: 0,
          polls: 0,
          lastError: null,
          finishedAt: null,
          supplierUpdatedAt: null,
          updatedAt: sql`now()`,
        })
        .where(eq(supplierOrders.id, o.id))
        .returning()
        .catch(() => {
          throw new ConflictError('another restock of this pool is in flight');
        });
      if (again.length === 0) throw new ConflictError('the order changed meanwhile');
      await scheduleStep(tx, o.id, 0);
    } else {
      throw new ConflictError(`a ${o.status} ${o.purpose} order cannot be retried`, { status: o.status });
    }
    await recordAudit(
      tx,
      ctx.actor,
      'supplier.order_retried',
      { type: 'supplier_order', id: o.id },
      { from: o.status },
    );
    return findSellerOrder(tx, owner, orderId);
  });
  return toSupplierOrderResponse(order, kind);
}
