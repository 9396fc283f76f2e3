import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  type DisputeRow,
  disputes,
  type PurchaseRequestRow,
  poolItems,
  purchaseRequests,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { drawItems } from '../fulfillment/draw-items.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { isManualPool } from '../pools/manual-pool.ts';
import { markDelivered } from '../requests/mark-delivered.ts';

export type Replaced =
  | { kind: 'drawn'; poolId: string; fresh: string[]; n: number }
  /** Hand-delivered content is replaced by the seller delivering again, by hand. */
  | { kind: 'manual'; n: number };

/**
 * The remedy for the disputed items of a request, in the caller's transaction: exactly one
 * replacement per distinct disputed item the request still holds, capped at the quantity
 * bought; the disputed items are burned. From a stock pool the replacements are drawn now
 * (all or nothing: too little stock is a conflict). A manual delivery goes back to the
 * seller to deliver those items again by hand — never drawn from the "Manual deliveries"
 * pool, which holds other requests' content.
 */
export async function replaceDisputed(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor' | 'origin' | 'settings'>,
  req: PurchaseRequestRow,
  dispute: DisputeRow,
): Promise<Replaced> {
  const held = await tx
    .select({ id: poolItems.id })
    .from(poolItems)
    .where(
      and(
        inArray(poolItems.id, [...new Set(dispute.itemIds)]),
        eq(poolItems.purchaseRequestId, req.id),
        eq(poolItems.status, 'delivered'),
      ),
    );
  const disputedIds = held.map((h) => h.id);
  const n = disputedIds.length;
  if (n === 0) throw new ConflictError('the disputed items are no longer held by this order');
  if (req.replacements + n > req.quantity) {
    throw new ConflictError('replacements are capped at the quantity bought; refund instead', {
      replaced: req.replacements,
      quantity: req.quantity,
    });
  }
  const manual = !req.poolId || (await isManualPool(tx, req.poolId));
  let fresh: string[] = [];
  if (!manual && req.poolId) {
    fresh = await drawItems(tx, { poolId: req.poolId, requestId: req.id, quantity: n });
    if (fresh.length < n) throw new ConflictError('not enough stock to replace; restock or refund', { needed: n });
  }
  await tx
    .update(poolItems)
    .set({ status: 'invalid', statusChangedAt: sql`now()` })
    .where(and(inArray(poolItems.id, disputedIds), eq(poolItems.purchaseRequestId, req.id)));
  await tx
    .update(disputes)
    .set({ status: 'replaced', resolvedAt: sql`now()`, replacementItemIds: fresh })
    .where(and(eq(disputes.id, dispute.id), eq(disputes.status, 'open')));
  const audit = {
    action: 'dispute.replaced' as const,
    metadata: { disputeId: dispute.id, burnedItems: disputedIds, replacementItems: fresh, manual },
  };
  const resolved = {
    recipientId: req.buyerId,
    kind: 'dispute_resolved' as const,
    payload: { requestId: req.id, action: 'replace', items: n, manual },
  };
  if (!manual) {
    // Fresh items in the buyer's hands: delivered again, with a fresh dispute window.
    await markDelivered(tx, ctx, {
      request: req,
      from: 'disputed',
      restamp: false,
      replaced: n,
      audit,
      notify: [resolved],
    });
    return { kind: 'drawn', poolId: req.poolId ?? '', fresh, n };
  }
  // Back to the seller: paid, waiting for n items by hand. The seller is told now.
  await tx
    .update(purchaseRequests)
    .set({
      replacements: sql`${purchaseRequests.replacements} + ${n}`,
      updatedAt: sql`now()`,
      status: 'funded',
      manualNotifiedAt: sql`now()`,
      disputeWindowEndsAt: null,
    })
    .where(and(eq(purchaseRequests.id, req.id), eq(purchaseRequests.status, 'disputed')));
  await recordAudit(tx, ctx.actor, audit.action, { type: 'purchase_request', id: req.id }, audit.metadata, ctx.origin);
  await queueNotifications(tx, [
    resolved,
    {
      recipientId: req.sellerId,
      kind: 'manual_delivery_needed',
      payload: { requestId: req.id, quantity: n, replacement: true },
    },
  ]);
  return { kind: 'manual', n };
}
