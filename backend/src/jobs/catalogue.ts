import { type Deps, type ServiceContext, withActor } from '../domain/context.ts';
import { refundUnanswered } from '../domain/disputes/refund-unanswered.ts';
import { retryDueRefunds } from '../domain/escrow/retry-due-refunds.ts';
import { sweepUndelivered } from '../domain/fulfillment/sweep-undelivered.ts';
import { expireItems, warnExpiringItems } from '../domain/items/expire-items.ts';
import { sweepFileOrphans } from '../domain/items/sweep-file-orphans.ts';
import { reconcileStars } from '../domain/payments/reconcile-stars.ts';
import { completeDueRequests } from '../domain/requests/complete-due-requests.ts';
import { expireUnpaidRequests } from '../domain/requests/expire-unpaid-requests.ts';
import { refreshQuotes } from '../domain/suppliers/sources/refresh-quotes.ts';

/** A job's `run` gets a context whose actor is the system, named after the job: see runJob. */
export type Job = {
  name: string;
  schedule: string;
  description: string;
  run: (ctx: ServiceContext) => Promise<unknown>;
};

/** Every scheduled job: a domain operation and its cron schedule. */
export const JOBS: Job[] = [
  {
    name: 'fulfillment-sweeper',
    schedule: '* * * * *',
    description: 'fulfill paid requests left undelivered',
    run: (ctx) => sweepUndelivered(ctx, { olderThanS: ctx.settings.sweeperGraceS }),
  },
  {
    name: 'escrow-auto-complete',
    schedule: '* * * * *',
    description: 'release escrow after the dispute window',
    run: (ctx) => completeDueRequests(ctx),
  },
  {
    name: 'refund-retry',
    schedule: '* * * * *',
    description: 'retry refunds the provider has not confirmed',
    run: (ctx) => retryDueRefunds(ctx),
  },
  {
    name: 'refund-unanswered',
    schedule: '*/5 * * * *',
    description: 'refund disputes and orders the seller left unanswered',
    run: (ctx) => refundUnanswered(ctx),
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
    name: 'file-sweep',
    schedule: '41 * * * *',
    description: 'remove stored file objects no item refers to, and long-expired download links',
    run: (ctx) => sweepFileOrphans(ctx),
  },
  {
    name: 'supplier-quotes',
    schedule: '*/10 * * * *',
    description: "refresh suppliers' price and availability, which pre-checkout answers from",
    run: (ctx) => refreshQuotes(ctx),
  },
  {
    name: 'stars-reconcile',
    schedule: '17 * * * *',
    description: "match Telegram's Stars transactions to our payments and refunds",
    // Without a bot token there is no Telegram ledger to compare with.
    run: async (ctx) => (ctx.payments ? summary(await reconcileStars(ctx)) : { skipped: 'no BOT_TOKEN' }),
  },
];

/** Runs a job's operation once, as `{ type: 'system', job: <its name> }`: the scheduler, `codepool job` and tests. */
export function runJob(deps: Deps, job: Job): Promise<unknown> {
  return job.run(withActor(deps, { type: 'system', job: job.name }));
}

function summary(run: Awaited<ReturnType<typeof reconcileStars>>) {
  const { incoming, outgoing, matched, recovered, refundsReopened, unknownRefunds, mismatches, starBalance } = run;
  return { incoming, outgoing, matched, recovered, refundsReopened, unknownRefunds, mismatches, starBalance };
}
