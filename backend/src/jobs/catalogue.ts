import type { Deps } from '../domain/context.ts';
import { refundUnanswered } from '../domain/disputes/refund-unanswered.ts';
import { retryDueRefunds } from '../domain/escrow/retry-due-refunds.ts';
import { sweepUndelivered } from '../domain/fulfillment/sweep-undelivered.ts';
import { expireItems, warnExpiringItems } from '../domain/items/expire-items.ts';
import { reconcileStars } from '../domain/payments/reconcile-stars.ts';
import { completeDueRequests } from '../domain/requests/complete-due-requests.ts';
import { expireUnpaidRequests } from '../domain/requests/expire-unpaid-requests.ts';

export type Job = { name: string; schedule: string; description: string; run: (deps: Deps) => Promise<unknown> };

/** Every scheduled job: a plain function and its cron schedule. */
export const JOBS: Job[] = [
  {
    name: 'fulfillment-sweeper',
    schedule: '* * * * *',
    description: 'fulfill paid requests left undelivered',
    run: (d) => sweepUndelivered(d, { olderThanS: d.settings.sweeperGraceS }),
  },
  {
    name: 'escrow-auto-complete',
    schedule: '* * * * *',
    description: 'release escrow after the dispute window',
    run: completeDueRequests,
  },
  {
    name: 'refund-retry',
    schedule: '* * * * *',
    description: 'retry refunds the provider has not confirmed',
    run: retryDueRefunds,
  },
  {
    name: 'refund-unanswered',
    schedule: '*/5 * * * *',
    description: 'refund disputes and orders the seller left unanswered',
    run: refundUnanswered,
  },
  {
    name: 'expiry-sweep',
    schedule: '*/5 * * * *',
    description: 'mark available items past expiry as expired',
    run: expireItems,
  },
  {
    name: 'expiry-warning',
    schedule: '0 9 * * *',
    description: 'tell sellers of items expiring within 7 days',
    run: warnExpiringItems,
  },
  {
    name: 'expire-unpaid',
    schedule: '* * * * *',
    description: 'expire requests left unpaid',
    run: expireUnpaidRequests,
  },
  {
    name: 'stars-reconcile',
    schedule: '17 * * * *',
    description: "match Telegram's Stars transactions to our payments and refunds",
    // Without a bot token there is no Telegram ledger to compare with.
    run: async (d) => (d.payments ? summary(await reconcileStars(d)) : { skipped: 'no BOT_TOKEN' }),
  },
];

function summary(run: Awaited<ReturnType<typeof reconcileStars>>) {
  const { incoming, outgoing, matched, recovered, refundsReopened, unknownRefunds, mismatches, starBalance } = run;
  return { incoming, outgoing, matched, recovered, refundsReopened, unknownRefunds, mismatches, starBalance };
}
