import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { fulfillOnFunded } from './fulfill-on-funded.ts';

/**
 * The fulfillment sweeper: a request left funded (its in-process fulfillment failed, or the
 * process died right after the payment committed) is fulfilled again. Idempotent, like
 * fulfillOnFunded itself; manual-delivery requests that were already handed to the seller
 * are left alone.
 */
export async function sweepUndelivered(
  ctx: ServiceContext,
  { olderThanS = 30, limit = 500 }: { olderThanS?: number; limit?: number } = {},
): Promise<number> {
  const stuck = await ctx.db
    .select({ id: purchaseRequests.id })
    .from(purchaseRequests)
    .where(
      and(
        eq(purchaseRequests.status, 'funded'),
        isNull(purchaseRequests.manualNotifiedAt),
        lt(purchaseRequests.fundedAt, sql`now() - make_interval(secs => ${olderThanS})`),
      ),
    )
    .orderBy(asc(purchaseRequests.fundedAt))
    .limit(limit);
  let moved = 0;
  for (const { id } of stuck) {
    try {
      const outcome = await fulfillOnFunded(ctx, { requestId: id });
      if (outcome.status !== 'not_funded') moved++;
    } catch (e) {
      ctx.log.error({ err: e, requestId: id }, 'sweeper could not fulfill a request');
    }
  }
  return moved;
}
