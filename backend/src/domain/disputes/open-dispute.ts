import { type Dispute, OpenDisputeInput } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { disputes, poolItems, purchaseRequests, users } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { checkInvalidShare } from './check-invalid-share.ts';
import { toDisputeResponse } from './dispute-response.ts';

/**
 * The buyer reports a problem within the dispute window. The request is held (no release)
 * until the seller replaces or refunds, or the seller's time to answer runs out.
 */
export async function openDispute(
  ctx: ServiceContext,
  { requestId, ...body }: { requestId: string } & OpenDisputeInput,
): Promise<Dispute> {
  const buyer = buyerId(ctx);
  const { reason, text, itemIds } = OpenDisputeInput.parse(body);
  const row = await ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)))
      .for('update');
    if (!req) throw new NotFoundError('purchase request');
    if (req.status !== 'delivered')
      throw new ConflictError(`a ${req.status} request cannot be disputed`, { status: req.status });
    if (req.disputeWindowEndsAt && req.disputeWindowEndsAt.getTime() <= Date.now()) {
      throw new ConflictError('the dispute window has closed');
    }
    const delivered = await tx
      .select({ id: poolItems.id })
      .from(poolItems)
      .where(and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'delivered')));
    const held = new Set(delivered.map((d) => d.id));
    const chosen = itemIds ?? [...held];
    if (chosen.some((id) => !held.has(id)))
      throw new ValidationError('itemIds must be items delivered in this request');
    // The schema refuses repeats too; the domain does not rely on every caller having parsed it.
    if (new Set(chosen).size !== chosen.length) throw new ValidationError('each item may be listed once');

    const [disputed] = await tx
      .update(purchaseRequests)
      .set({ status: 'disputed', disputedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, 'delivered')))
      .returning({ id: purchaseRequests.id });
    if (!disputed) throw new ConflictError('the request changed; try again');
    const [seller] = await tx.select({ h: users.disputeResponseH }).from(users).where(eq(users.id, req.sellerId));
    const [created] = await tx
      .insert(disputes)
      .values({
        id: uuidv7(),
        requestId,
        buyerId: buyer,
        sellerId: req.sellerId,
        reason,
        text,
        itemIds: chosen,
        respondBy: sql`now() + make_interval(hours => ${seller?.h ?? ctx.settings.disputeResponseH})`,
      })
      .returning();
    if (!created) throw new Error('dispute insert returned no row');
    await recordAudit(
      tx,
      ctx.actor,
      'dispute.opened',
      { type: 'purchase_request', id: requestId },
      {
        disputeId: created.id,
        reason,
        items: chosen.length,
      },
      ctx.origin,
    );
    await queueNotifications(tx, [
      { recipientId: req.sellerId, kind: 'dispute_opened', payload: { requestId, disputeId: created.id, reason } },
    ]);
    if (reason === 'invalid' && req.poolId) {
      const chosenItems = await tx.select().from(poolItems).where(inArray(poolItems.id, chosen));
      await checkInvalidShare(tx, ctx.settings, { poolId: req.poolId, items: chosenItems });
    }
    return created;
  });
  ctx.events.toUser(row.sellerId, 'request-update', { requestId, status: 'disputed' });
  return toDisputeResponse(row);
}
