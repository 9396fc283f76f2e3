import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { releaseEscrow } from '../escrow/release-escrow.ts';

/**
 * Releases escrow for delivered requests whose dispute window has passed, as the calling
 * job (`escrow-auto-complete`). Returns how many.
 */
export async function completeDueRequests(
  ctx: ServiceContext,
  { limit = 500 }: { limit?: number } = {},
): Promise<number> {
  const due = await ctx.db
    .select({ id: purchaseRequests.id })
    .from(purchaseRequests)
    .where(and(eq(purchaseRequests.status, 'delivered'), lt(purchaseRequests.disputeWindowEndsAt, sql`now()`)))
    .orderBy(asc(purchaseRequests.disputeWindowEndsAt))
    .limit(limit);
  let completed = 0;
  for (const { id } of due) {
    try {
      await ctx.db.transaction(async (tx) => {
        // Re-check inside the lock: a dispute or confirmation may have landed since the scan.
        const [req] = await tx
          .select({ status: purchaseRequests.status, endsAt: purchaseRequests.disputeWindowEndsAt })
          .from(purchaseRequests)
          .where(and(eq(purchaseRequests.id, id), lt(purchaseRequests.disputeWindowEndsAt, sql`now()`)))
          .for('update');
        if (req?.status !== 'delivered') return;
        await releaseEscrow(tx, ctx.actor, { requestId: id, reason: 'window_passed' });
        completed++;
      });
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
  return completed;
}
