import type { Reconciliation } from '@codepool/shared';
import { desc, eq, sql } from 'drizzle-orm';
import { escrowPayments, purchaseRequests, reconciliationRuns } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';

/**
 * The seller's Stars by escrow state, and Telegram's side from the last reconciliation run:
 * its transaction counts, the mismatches found, and the bot's balance (getMyStarBalance).
 */
export async function getReconciliation(ctx: ServiceContext): Promise<Reconciliation> {
  const owner = sellerId(ctx);
  const sum = (status: string) =>
    sql<number>`coalesce(sum(${escrowPayments.amount}) filter (where ${escrowPayments.status} = ${status}), 0)::int`;
  const [sums] = await ctx.db
    .select({
      held: sum('funded'),
      released: sum('released'),
      refunded: sum('refunded'),
      refunding: sql<number>`coalesce(sum(${escrowPayments.amount}) filter (where ${escrowPayments.status} in ('refund_pending', 'refund_manual')), 0)::int`,
    })
    .from(escrowPayments)
    .innerJoin(purchaseRequests, eq(purchaseRequests.id, escrowPayments.requestId))
    .where(eq(purchaseRequests.sellerId, owner));
  const [run] = await ctx.db.select().from(reconciliationRuns).orderBy(desc(reconciliationRuns.id)).limit(1);
  return {
    sums: {
      currency: 'XTR',
      held: sums?.held ?? 0,
      released: sums?.released ?? 0,
      refunded: sums?.refunded ?? 0,
      refunding: sums?.refunding ?? 0,
    },
    lastRun: run
      ? {
          id: run.id,
          startedAt: run.startedAt.toISOString(),
          finishedAt: run.finishedAt?.toISOString() ?? null,
          incoming: run.incoming,
          outgoing: run.outgoing,
          matched: run.matched,
          recovered: run.recovered,
          refundsReopened: run.refundsReopened,
          unknownRefunds: run.unknownRefunds,
          mismatches: run.mismatches,
          starBalance: run.starBalance,
        }
      : null,
  };
}
