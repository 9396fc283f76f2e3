import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type PurchaseRequestRow, purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { type QueuedNotification, queueNotifications } from '../notifications/queue-notification.ts';

/** When a dispute window opened now ends: the seller's own length, else the default. */
export const disputeWindowEnds = (sellerId: string, defaultH: number): SQL =>
  sql`now() + make_interval(hours => coalesce((SELECT dispute_window_h FROM users WHERE id = ${sellerId}), ${defaultH}))`;

/**
 * "The request is delivered": an in-transaction step, not an operation, shared by manual
 * delivery (deliver-manually.ts) and dispute replacement (disputes/replace-disputed.ts).
 * The caller holds the request's lock and has put the items in its hands; this moves the
 * request from `from` to delivered with a fresh dispute window, and writes the audit row and
 * the outbox notifications in the same transaction. A request no longer in `from` is a
 * conflict. (The draw's fast path, deliver-from-pool.ts, does the same in its one SQL
 * statement, for speed.)
 *
 * `restamp`: a (re)delivery by hand is a new delivery time; a replacement keeps the first.
 */
export async function markDelivered(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor' | 'origin' | 'settings'>,
  {
    request,
    from,
    poolId,
    restamp,
    replaced = 0,
    audit,
    notify,
  }: {
    request: Pick<PurchaseRequestRow, 'id' | 'sellerId'>;
    from: 'funded' | 'disputed';
    /** The pool the items came from, when this delivery decides it. */
    poolId?: string;
    restamp: boolean;
    /** Items replaced by this delivery, added to the request's count. */
    replaced?: number;
    audit: { action: 'request.delivered' | 'dispute.replaced'; metadata: Record<string, unknown> };
    notify: QueuedNotification[];
  },
): Promise<PurchaseRequestRow> {
  const [delivered] = await tx
    .update(purchaseRequests)
    .set({
      status: 'delivered',
      ...(poolId ? { poolId } : {}),
      // The statement's clock, not the transaction's start: the delivery may have waited on a lock.
      ...(restamp ? { deliveredAt: sql`clock_timestamp()` } : {}),
      ...(replaced > 0 ? { replacements: sql`${purchaseRequests.replacements} + ${replaced}` } : {}),
      disputeWindowEndsAt: disputeWindowEnds(request.sellerId, ctx.settings.disputeWindowH),
      updatedAt: sql`now()`,
    })
    .where(and(eq(purchaseRequests.id, request.id), eq(purchaseRequests.status, from)))
    .returning();
  if (!delivered) throw new ConflictError('the request changed; try again');
  await recordAudit(
    tx,
    ctx.actor,
    audit.action,
    { type: 'purchase_request', id: request.id },
    audit.metadata,
    ctx.origin,
  );
  await queueNotifications(tx, notify);
  return delivered;
}
