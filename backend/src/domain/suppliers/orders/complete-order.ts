import { OPEN_SUPPLIER_ORDER_STATUSES } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { type SupplierOrderRow, type SupplierSourceRow, supplierOrders } from '../../../db/schema/index.ts';
import type { SupplierOrderState } from '../../../suppliers/adapter.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ServiceContext } from '../../context.ts';
import { deliverSale } from './deliver-sale.ts';
import { failOrder } from './fail-order.ts';
import type { OrderEffects } from './order-effects.ts';
import { unscheduleStep } from './schedule-step.ts';
import { storeKeys } from './store-keys.ts';

type Completed = Extract<SupplierOrderState, { state: 'completed' }>;

/**
 * The supplier's keys arrived, in the caller's transaction: they become items (storeKeys),
 * the order is `completed` with its cost, and a sale is delivered with its reserved items.
 * A unit cost above the seller's cap seen only now keeps the keys as stock but fails the
 * sale (own stock or refund) and alerts the seller; so does a delivery short of the sale
 * (duplicates, refused keys). An in-transaction step of the order engine.
 */
export async function completeOrder(
  tx: Tx,
  ctx: ServiceContext,
  { order, source, state }: { order: SupplierOrderRow; source: SupplierSourceRow; state: Completed },
): Promise<OrderEffects | null> {
  const unitCost = state.unitCost;
  const stored = await storeKeys(tx, ctx, { order, keys: state.keys, unitCost, supplier: source.kind });
  const totalCost = state.totalCost ?? (unitCost === null ? null : unitCost * state.keys.length);
  const [done] = await tx
    .update(supplierOrders)
    .set({
      supplierOrderId: state.supplierOrderId,
      unitCost,
      totalCost,
      keysReceived: state.keys.length,
      duplicateKeys: stored.duplicates,
      importBatchId: stored.batchId,
      updatedAt: sql`now()`,
    })
    .where(and(eq(supplierOrders.id, order.id), inArray(supplierOrders.status, [...OPEN_SUPPLIER_ORDER_STATUSES])))
    .returning();
  if (!done) return null;
  await recordAudit(
    tx,
    ctx.actor,
    'supplier.keys',
    { type: 'supplier_order', id: order.id },
    {
      poolId: order.poolId,
      keys: state.keys.length,
      stored: stored.itemIds.length,
      duplicates: stored.duplicates,
      invalid: stored.invalid,
      unitCost,
      totalCost,
      importBatchId: stored.batchId,
    },
  );

  const overCap = unitCost !== null && unitCost > source.maxUnitCost;
  const short = order.purpose === 'sale' && stored.itemIds.length < order.quantity;
  if (overCap || short) {
    const reason = overCap
      ? `the supplier charged ${unitCost} per unit, above the highest accepted ${source.maxUnitCost}; the keys were kept as stock`
      : `the supplier sent ${stored.itemIds.length} usable of ${order.quantity} keys (${stored.duplicates} duplicate)`;
    return failOrder(tx, ctx, { order: done, reason, keysKept: stored.itemIds.length > 0 });
  }

  await tx
    .update(supplierOrders)
    .set({ status: 'completed', finishedAt: sql`now()`, nextAttemptAt: null, lastError: null })
    .where(eq(supplierOrders.id, order.id));
  await unscheduleStep(tx, order.id);
  const fx: OrderEffects = {
    order: {
      id: order.id,
      poolId: order.poolId,
      sellerId: order.sellerId,
      sourceId: order.sourceId,
      status: 'completed',
    },
  };
  if (order.purpose === 'sale' && order.requestId) {
    const newItemIds = stored.itemIds.slice(0, order.quantity);
    const sale = await deliverSale(tx, {
      requestId: order.requestId,
      newItemIds,
      disputeWindowH: ctx.settings.disputeWindowH,
    });
    if (sale) fx.delivered = sale;
    // Keys beyond the sale (or for a sale that ended meanwhile) are the pool's stock.
    if (!sale || stored.itemIds.length > newItemIds.length) fx.restocked = true;
  } else {
    fx.restocked = stored.itemIds.length > 0;
  }
  return fx;
}
