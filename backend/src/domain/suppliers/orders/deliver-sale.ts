import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { uuidv7 } from '../../../lib/ids.ts';

export type SaleDelivered = { requestId: string; buyerId: string; sellerId: string; poolId: string; itemIds: string[] };

/**
 * Delivers a `preparing` sale in the caller's transaction: the own items reserved for it and
 * the supplier's new ones go to the request together, the request moves to delivered with its
 * dispute window, and the buyer's delivery and the seller's sale notifications are queued —
 * what the fast path's statement does for a sale from stock. Null: the request is no longer
 * preparing (a cancel or a refund got there first), and nothing changed. An in-transaction step.
 */
export async function deliverSale(
  tx: Tx,
  { requestId, newItemIds, disputeWindowH }: { requestId: string; newItemIds: string[]; disputeWindowH: number },
): Promise<SaleDelivered | null> {
  const { rows: moved } = await tx.execute<{
    buyer_id: string;
    seller_id: string;
    pool_id: string;
    quantity: number;
    total: number;
  }>(sql`
    UPDATE purchase_requests pr
       SET status = 'delivered', delivered_at = clock_timestamp(), updated_at = now(),
           dispute_window_ends_at = now() + make_interval(hours => coalesce(
             (SELECT dispute_window_h FROM users WHERE id = pr.seller_id), ${disputeWindowH}))
     WHERE pr.id = ${requestId} AND pr.status = 'preparing'
    RETURNING pr.buyer_id, pr.seller_id, pr.pool_id, pr.quantity, pr.total`);
  const req = moved[0];
  if (!req) return null;
  const { rows: items } = await tx.execute<{ id: string }>(sql`
    UPDATE pool_items
       SET status = 'delivered', purchase_request_id = ${requestId}, delivered_at = now(), status_changed_at = now()
     WHERE (purchase_request_id = ${requestId} AND status = 'reserved')
        OR (id = ANY(${sql.param(newItemIds)}::uuid[]) AND status = 'available')
    RETURNING id`);
  const itemIds = items.map((i) => i.id).sort();
  await tx.execute(sql`
    INSERT INTO audit_log (id, actor_type, actor_id, action, subject_type, subject_id, metadata)
    VALUES (${uuidv7()}::uuid, 'system', 'supplier-orders', 'request.delivered', 'purchase_request', ${requestId}::uuid,
            ${JSON.stringify({ poolId: req.pool_id, itemIds, from: 'preparing' })}::jsonb)`);
  await tx.execute(sql`
    INSERT INTO notifications (id, recipient_id, kind, payload, dedupe_key)
    VALUES (${uuidv7()}::uuid, ${req.buyer_id}::uuid, 'delivery',
            ${JSON.stringify({ requestId, quantity: req.quantity })}::jsonb, ${`delivery:${requestId}`}),
           (${uuidv7()}::uuid, ${req.seller_id}::uuid, 'sale',
            ${JSON.stringify({ requestId, quantity: req.quantity, total: Number(req.total) })}::jsonb, ${`sale:${requestId}`})
    ON CONFLICT (dedupe_key) DO NOTHING`);
  return { requestId, buyerId: req.buyer_id, sellerId: req.seller_id, poolId: req.pool_id, itemIds };
}
