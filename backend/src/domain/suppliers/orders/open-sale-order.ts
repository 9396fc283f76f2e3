import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { type SupplierSourceRow, supplierOrders } from '../../../db/schema/index.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { scheduleStep } from './schedule-step.ts';

const SYSTEM = { type: 'system', job: 'fulfillment' } as const;

/**
 * Writes the supplier order that buys what a sale's pool lacked, and its first durable step,
 * in the funding fulfillment's transaction: both exist exactly when the request went to
 * `preparing`. The unique request_id means one sale never makes two supplier orders. An
 * in-transaction step of fulfillment, not an operation.
 */
export async function openSaleOrder(
  tx: Tx,
  { source, requestId, quantity }: { source: SupplierSourceRow; requestId: string; quantity: number },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(supplierOrders).values({
    id,
    externalId: id,
    sourceId: source.id,
    poolId: source.poolId,
    sellerId: source.sellerId,
    purpose: 'sale',
    requestId,
    quantity,
    currency: source.currency,
    deadlineAt: sql`now() + make_interval(mins => ${source.waitMinutes})`,
  });
  await recordAudit(
    tx,
    SYSTEM,
    'supplier.order_opened',
    { type: 'supplier_order', id },
    { requestId, poolId: source.poolId, sourceId: source.id, purpose: 'sale', quantity },
  );
  await scheduleStep(tx, id, 0);
  return id;
}
