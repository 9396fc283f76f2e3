import type { PurchaseRequest } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import { escrowPayments, purchaseRequests } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { toRequestResponse } from '../requests/request-response.ts';
import { markRefunded } from './attempt-refund.ts';

/**
 * The seller says they paid back, by hand, a charge whose provider has no refund API
 * (refund_manual). Only then is the charge — and the request, when nothing else of it is
 * held — refunded, and the buyer told the money is back.
 */
export async function confirmManualRefund(
  ctx: ServiceContext,
  { requestId }: { requestId: string },
): Promise<PurchaseRequest> {
  const owner = sellerId(ctx);
  const { row, buyerId, refunded } = await ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.sellerId, owner)))
      .for('update');
    if (!req) throw new NotFoundError('purchase request');
    const waiting = await tx
      .select({ id: escrowPayments.id })
      .from(escrowPayments)
      .where(and(eq(escrowPayments.requestId, requestId), eq(escrowPayments.status, 'refund_manual')));
    if (waiting.length === 0) throw new ConflictError('no refund of this request is waiting for your confirmation');
    let refunded = false;
    for (const { id } of waiting) {
      const done = await markRefunded(tx, ctx.actor, { escrowId: id, from: ['refund_manual'] });
      refunded ||= Boolean(done?.requestRefunded);
    }
    const [after] = await tx.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId));
    return { row: after ?? req, buyerId: req.buyerId, refunded };
  });
  if (refunded) ctx.events.toUser(buyerId, 'request-update', { requestId, status: 'refunded' });
  return toRequestResponse(ctx.db, row);
}
