import { type Dispute, ResolveDisputeInput } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { disputes, poolItems, purchaseRequests, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { startRefund } from '../escrow/start-refund.ts';
import { drawItems } from '../fulfilment/draw-items.ts';
import { onRestock } from '../fulfilment/on-restock.ts';
import { refreshStockSignals } from '../fulfilment/stock-signals.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { toDisputeResponse } from './dispute-response.ts';

/**
 * The seller answers an open dispute. Replace: draw fresh items from the same pool in the
 * same atomic way, burn the disputed ones, and hand the request back to the buyer (at most
 * as many replacements as items bought). Refund: give the money back (see startRefund).
 */
export async function resolveDispute(
  ctx: ServiceContext,
  { requestId, input }: { requestId: string; input: ResolveDisputeInput },
): Promise<Dispute> {
  const owner = sellerId(ctx);
  const { action } = ResolveDisputeInput.parse(input);
  const outcome = await ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.sellerId, owner)))
      .for('update');
    if (!req) throw new NotFoundError('purchase request');
    const [dispute] = await tx
      .select()
      .from(disputes)
      .where(and(eq(disputes.requestId, requestId), eq(disputes.status, 'open')));
    if (!dispute || req.status !== 'disputed') throw new ConflictError('this request has no open dispute');

    if (action === 'refund') {
      const refund = await startRefund(tx, ctx.actor, requestId, `dispute ${dispute.reason}`);
      return { kind: 'refund' as const, refund, disputeId: dispute.id };
    }

    // One replacement per distinct item still held by this request: never one per listed id.
    const held = await tx
      .select({ id: poolItems.id })
      .from(poolItems)
      .where(
        and(
          inArray(poolItems.id, [...new Set(dispute.itemIds)]),
          eq(poolItems.purchaseRequestId, requestId),
          eq(poolItems.status, 'delivered'),
        ),
      );
    const disputedIds = held.map((h) => h.id);
    const n = disputedIds.length;
    if (req.replacements + n > req.quantity) {
      throw new ConflictError('replacements are capped at the quantity bought; refund instead', {
        replaced: req.replacements,
        quantity: req.quantity,
      });
    }
    if (!req.poolId) throw new ConflictError('a manual delivery is replaced by delivering again by hand');
    const fresh = await drawItems(tx, { poolId: req.poolId, requestId, quantity: n });
    if (fresh.length < n) throw new ConflictError('not enough stock to replace; restock or refund', { needed: n });
    await tx
      .update(poolItems)
      .set({ status: 'invalid', statusChangedAt: sql`now()` })
      .where(and(inArray(poolItems.id, disputedIds), eq(poolItems.purchaseRequestId, requestId)));
    const [seller] = await tx.select({ h: users.disputeWindowH }).from(users).where(eq(users.id, owner));
    await tx
      .update(purchaseRequests)
      .set({
        status: 'delivered',
        replacements: sql`${purchaseRequests.replacements} + ${n}`,
        disputeWindowEndsAt: sql`now() + make_interval(hours => ${seller?.h ?? ctx.settings.disputeWindowH})`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, 'disputed')));
    await tx
      .update(disputes)
      .set({ status: 'replaced', resolvedAt: sql`now()`, replacementItemIds: fresh })
      .where(and(eq(disputes.id, dispute.id), eq(disputes.status, 'open')));
    await recordAudit(
      tx,
      ctx.actor,
      'dispute.replaced',
      { type: 'purchase_request', id: requestId },
      {
        disputeId: dispute.id,
        burnedItems: disputedIds,
        replacementItems: fresh,
      },
      ctx.origin,
    );
    await queueNotifications(tx, [
      { recipientId: req.buyerId, kind: 'dispute_resolved', payload: { requestId, action: 'replace', items: n } },
    ]);
    return { kind: 'replace' as const, poolId: req.poolId, buyerId: req.buyerId, disputeId: dispute.id, n };
  });

  if (outcome.kind === 'replace') {
    ctx.events.toUser(outcome.buyerId, 'delivery-update', {
      requestId,
      status: 'delivered',
      quantity: outcome.n,
      delivered: outcome.n,
    });
    await refreshStockSignals(ctx, outcome.poolId);
  } else {
    await ctx.db.transaction((tx) =>
      queueNotifications(tx, [
        { recipientId: outcome.refund.buyerId, kind: 'dispute_resolved', payload: { requestId, action: 'refund' } },
      ]),
    );
    await attemptRefund(ctx, outcome.refund.escrowId);
    if (outcome.refund.returned > 0 && outcome.refund.poolId) await onRestock(ctx, outcome.refund.poolId);
  }
  const [row] = await ctx.db.select().from(disputes).where(eq(disputes.id, outcome.disputeId));
  if (!row) throw new NotFoundError('dispute');
  return toDisputeResponse(row);
}
