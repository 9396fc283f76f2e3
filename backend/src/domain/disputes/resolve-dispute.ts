import { type Dispute, ResolveDisputeInput } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import { disputes, purchaseRequests } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { startRefund } from '../escrow/start-refund.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { toDisputeResponse } from './dispute-response.ts';
import { replaceDisputed } from './replace-disputed.ts';

/**
 * The seller answers an open dispute. Replace: one fresh item per disputed item (see
 * replaceDisputed; a manual delivery goes back to the seller to deliver again by hand).
 * Refund: give the whole charge back (see startRefund) — the Bot API refunds charges, not
 * parts of them.
 */
export async function resolveDispute(
  ctx: ServiceContext,
  { requestId, ...body }: { requestId: string } & ResolveDisputeInput,
): Promise<Dispute> {
  const owner = sellerId(ctx);
  const { action } = ResolveDisputeInput.parse(body);
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
      const refund = await startRefund(tx, ctx.actor, { requestId, why: `dispute ${dispute.reason}` });
      return { kind: 'refund' as const, refund, disputeId: dispute.id };
    }

    const replaced = await replaceDisputed(tx, ctx, req, dispute);
    return { kind: 'replace' as const, replaced, buyerId: req.buyerId, disputeId: dispute.id };
  });

  if (outcome.kind === 'replace' && outcome.replaced.kind === 'drawn') {
    const { n, poolId } = outcome.replaced;
    ctx.events.toUser(outcome.buyerId, 'delivery-update', {
      requestId,
      status: 'delivered',
      quantity: n,
      delivered: n,
    });
    await refreshStockSignals(ctx, { poolId });
  } else if (outcome.kind === 'replace') {
    ctx.events.toUser(outcome.buyerId, 'request-update', { requestId, status: 'funded' });
  } else {
    await ctx.db.transaction((tx) =>
      queueNotifications(tx, [
        { recipientId: outcome.refund.buyerId, kind: 'dispute_resolved', payload: { requestId, action: 'refund' } },
      ]),
    );
    await attemptRefund(ctx, { escrowId: outcome.refund.escrowId });
    if (outcome.refund.returned > 0 && outcome.refund.poolId) await onRestock(ctx, { poolId: outcome.refund.poolId });
  }
  const [row] = await ctx.db.select().from(disputes).where(eq(disputes.id, outcome.disputeId));
  if (!row) throw new NotFoundError('dispute');
  return toDisputeResponse(row);
}
