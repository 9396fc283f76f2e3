import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { escrowPayments, ledgerEntries, purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';

/**
 * delivered → completed, escrow funded → released, and one ledger credit for the seller —
 * all guarded, in the caller's transaction: a request already completed, disputed or
 * refunded is a conflict, and the ledger's unique key makes a second credit impossible.
 * An in-transaction step of confirmReceipt and completeDueRequests, not an operation itself.
 */
export async function releaseEscrow(
  tx: Tx,
  actor: Actor,
  { requestId, reason }: { requestId: string; reason: 'confirmed' | 'window_passed' },
) {
  const [completed] = await tx
    .update(purchaseRequests)
    .set({ status: 'completed', completedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, 'delivered')))
    .returning();
  if (!completed) throw new ConflictError('only a delivered request can be completed');
  const [escrow] = await tx
    .update(escrowPayments)
    .set({ status: 'released', releasedAt: sql`now()` })
    .where(and(eq(escrowPayments.requestId, requestId), eq(escrowPayments.status, 'funded')))
    .returning();
  if (!escrow) throw new ConflictError('the escrow of this request is not held');
  await tx.insert(ledgerEntries).values({
    id: uuidv7(),
    sellerId: completed.sellerId,
    kind: 'escrow_release',
    requestId,
    escrowPaymentId: escrow.id,
    amount: escrow.amount,
    currency: escrow.currency,
  });
  await recordAudit(
    tx,
    actor,
    'request.completed',
    { type: 'purchase_request', id: requestId },
    {
      reason,
      amount: escrow.amount,
    },
  );
  await queueNotifications(tx, [
    {
      recipientId: completed.sellerId,
      kind: 'sale',
      payload: { requestId, released: escrow.amount },
      dedupeKey: `released:${requestId}`,
    },
  ]);
  return completed;
}
