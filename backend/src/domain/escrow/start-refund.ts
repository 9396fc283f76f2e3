import type { RequestStatus } from '@codepool/shared';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { disputes, escrowPayments, poolItems, purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { isManualPool } from '../pools/manual-pool.ts';
import { giveBackUnits } from '../templates/purchase-rules.ts';

const REFUNDABLE: RequestStatus[] = ['funded', 'awaiting_stock', 'preparing', 'disputed'];

export type RefundStarted = {
  escrowId: string;
  poolId: string | null;
  returned: number;
  burned: number;
  buyerId: string;
};

/**
 * Moves a request and its escrow to refund_pending and settles its items, in the caller's
 * transaction: an item the buyer never revealed goes back to the pool; a revealed one is
 * burned (invalid) and its reveal record stays as evidence. The money itself moves after
 * commit (attemptRefund), retried until the provider confirms. An in-transaction step of the
 * operations that refund (resolveDispute, refundUnanswered), not an operation itself.
 */
export async function startRefund(
  tx: Tx,
  actor: Actor,
  { requestId, why }: { requestId: string; why: string },
): Promise<RefundStarted> {
  const [req] = await tx.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId)).for('update');
  if (!req || !REFUNDABLE.includes(req.status)) {
    throw new ConflictError(`a ${req?.status ?? 'missing'} request cannot be refunded`, { status: req?.status });
  }
  await tx
    .update(purchaseRequests)
    .set({ status: 'refund_pending', updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, req.status)));
  const [escrow] = await tx
    .update(escrowPayments)
    .set({ status: 'refund_pending', refundNextAttemptAt: sql`now()` })
    .where(and(eq(escrowPayments.requestId, requestId), eq(escrowPayments.status, 'funded')))
    .returning({ id: escrowPayments.id });
  if (!escrow) throw new ConflictError('the escrow of this request is not held');
  // Every refundable status holds its units (SOLD_STATUSES): the sale gives them back to both caps.
  await giveBackUnits(tx, req);

  const held = and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'delivered'));
  // Hand-delivered content was written for this request: it is never re-sold, seen or not.
  const manual = await isManualPool(tx, req.poolId);
  const returned = manual
    ? []
    : await tx
        .update(poolItems)
        .set({ status: 'available', purchaseRequestId: null, deliveredAt: null, statusChangedAt: sql`now()` })
        .where(and(held, isNull(poolItems.revealedAt)))
        .returning({ id: poolItems.id });
  const withdrawn = manual
    ? await tx
        .update(poolItems)
        .set({ status: 'withdrawn', statusChangedAt: sql`now()` })
        .where(and(held, isNull(poolItems.revealedAt)))
        .returning({ id: poolItems.id })
    : [];
  const burned = await tx
    .update(poolItems)
    .set({ status: 'invalid', statusChangedAt: sql`now()` })
    .where(and(held, isNotNull(poolItems.revealedAt)))
    .returning({ id: poolItems.id });
  await tx
    .update(disputes)
    .set({ status: 'refunded', resolvedAt: sql`now()` })
    .where(and(eq(disputes.requestId, requestId), eq(disputes.status, 'open')));
  await recordAudit(
    tx,
    actor,
    'request.refund_started',
    { type: 'purchase_request', id: requestId },
    {
      why,
      from: req.status,
      returnedItems: returned.map((r) => r.id),
      burnedItems: burned.map((r) => r.id),
      withdrawnItems: withdrawn.map((r) => r.id),
    },
  );
  return {
    escrowId: escrow.id,
    poolId: req.poolId,
    returned: returned.length,
    burned: burned.length + withdrawn.length,
    buyerId: req.buyerId,
  };
}
