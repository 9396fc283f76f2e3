import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { escrowPayments } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { attemptRefund } from './attempt-refund.ts';

/** The refund outbox: retries every pending refund whose next attempt is due. */
export async function retryDueRefunds(
  ctx: ServiceContext,
  { limit = 100 }: { limit?: number } = {},
): Promise<{ refunded: number; pending: number }> {
  const due = await ctx.db
    .select({ id: escrowPayments.id })
    .from(escrowPayments)
    .where(and(eq(escrowPayments.status, 'refund_pending'), lte(escrowPayments.refundNextAttemptAt, sql`now()`)))
    .orderBy(asc(escrowPayments.refundNextAttemptAt))
    .limit(limit);
  const result = { refunded: 0, pending: 0 };
  for (const { id } of due) {
    const outcome = await attemptRefund(ctx, { escrowId: id });
    if (outcome === 'refunded') result.refunded++;
    if (outcome === 'pending') result.pending++;
  }
  return result;
}
