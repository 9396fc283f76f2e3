import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { drawable, drawOrder } from '../../../db/drawable.ts';
import { purchaseRequests, type SupplierSourceRow, supplierSources } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { ConflictError } from '../../errors.ts';
import { openSaleOrder } from './open-sale-order.ts';

const SYSTEM = { type: 'system', job: 'fulfillment' } as const;

/** The pool's live on_demand source, when it is active: a paused one leaves the pool to its own stock. */
export async function supplierForSale(tx: Tx, poolId: string): Promise<SupplierSourceRow | null> {
  const [row] = await tx
    .select()
    .from(supplierSources)
    .where(
      and(
        eq(supplierSources.poolId, poolId),
        isNull(supplierSources.removedAt),
        eq(supplierSources.mode, 'on_demand'),
        eq(supplierSources.status, 'active'),
      ),
    );
  return row ?? null;
}

/**
 * A funded sale its on_demand pool cannot fill alone, inside fulfillment's transaction (which
 * holds the request): the own items found are reserved for it (status `reserved`, so no
 * other draw takes them and nobody sees them yet), the request goes `preparing`, and a
 * supplier order for the rest is written with its durable job. An in-transaction step.
 * Null when own stock turns out to cover the sale (nothing changed): the caller draws it.
 */
export async function prepareFromSupplier(
  tx: Tx,
  {
    requestId,
    from,
    quantity,
    source,
  }: { requestId: string; from: 'funded' | 'awaiting_stock'; quantity: number; source: SupplierSourceRow },
): Promise<string | null> {
  const { rows: reserved } = await tx.execute<{ id: string }>(sql`
    WITH picked AS (
      SELECT id FROM pool_items
       WHERE pool_id = ${source.poolId} AND ${drawable()}
       ORDER BY ${drawOrder()}
       LIMIT ${quantity}
         FOR UPDATE SKIP LOCKED
    )
    UPDATE pool_items SET status = 'reserved', purchase_request_id = ${requestId}, status_changed_at = now()
     WHERE id IN (SELECT id FROM picked)
    RETURNING id`);
  if (reserved.length >= quantity) {
    // Own stock covers the whole sale after all (it arrived since the caller's draw): no
    // supplier order of zero units; the rows go back and the caller draws them.
    await tx.execute(sql`
      UPDATE pool_items SET status = 'available', purchase_request_id = NULL, status_changed_at = now()
       WHERE id = ANY (${reserved.map((r) => r.id)}::uuid[])`);
    return null;
  }
  const [moved] = await tx
    .update(purchaseRequests)
    .set({ status: 'preparing', poolId: source.poolId, preparingAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, from)))
    .returning({ id: purchaseRequests.id });
  if (!moved) throw new ConflictError(`request ${requestId} is no longer ${from}`);
  const missing = quantity - reserved.length;
  const orderId = await openSaleOrder(tx, { source, requestId, quantity: missing });
  await recordAudit(
    tx,
    SYSTEM,
    'request.preparing',
    { type: 'purchase_request', id: requestId },
    { poolId: source.poolId, orderId, reservedItems: reserved.map((r) => r.id), fromSupplier: missing },
  );
  return orderId;
}
