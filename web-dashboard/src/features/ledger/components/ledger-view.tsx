import { formatDateTime } from '@codepool/shared/client';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { Stars } from '../../../components/stars.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatCount } from '../../../lib/format.ts';
import { useReconciliation } from '../api/get-reconciliation.ts';

/** Your Stars by escrow state, beside Telegram's own ledger as the last reconciliation saw it. */
export function LedgerView() {
  const r = useReconciliation();
  if (r.isPending) return <LoadingState rows={4} />;
  if (r.isError) return <ErrorState error={r.error} onRetry={() => r.refetch()} />;
  const { sums, lastRun } = r.data;
  return (
    <div className="stack">
      <div className="stats stats-4" data-testid="ledger-sums">
        <StatCard label="Held in escrow" value={<Stars n={sums.held} />} hint="Paid, not yet released" />
        <StatCard label="Released to you" value={<Stars n={sums.released} />} tone="green" />
        <StatCard label="Refunded" value={<Stars n={sums.refunded} />} />
        <StatCard
          label="Being refunded"
          value={<Stars n={sums.refunding} />}
          hint="Asked of Telegram, or waiting for your refund by hand"
          tone={sums.refunding > 0 ? 'amber' : 'neutral'}
        />
      </div>
      <Card
        title="Telegram’s ledger"
        description="Every hour Codepool reads the bot’s Stars transactions from Telegram and matches each payment to a recorded order and each refund to one we made."
        testId="reconciliation"
      >
        {lastRun === null ? (
          <p className="muted">No reconciliation has run yet.</p>
        ) : (
          <dl className="facts">
            <dt>Last run</dt>
            <dd>{formatDateTime(lastRun.finishedAt ?? lastRun.startedAt)}</dd>
            <dt>Bot balance at Telegram</dt>
            <dd data-testid="star-balance">
              {lastRun.starBalance === null ? '—' : <Stars n={lastRun.starBalance} />}{' '}
              <span className="muted small">(all sellers of this bot together)</span>
            </dd>
            <dt>Transactions</dt>
            <dd>
              {formatCount(lastRun.incoming)} payments in, {formatCount(lastRun.outgoing)} refunds out,{' '}
              {formatCount(lastRun.matched)} matched
            </dd>
            <dt>Mismatches</dt>
            <dd data-testid="mismatches">
              {lastRun.mismatches === 0 ? (
                <Badge tone="green">None</Badge>
              ) : (
                <>
                  <Badge tone="red">{formatCount(lastRun.mismatches)}</Badge>{' '}
                  <span className="small">
                    {lastRun.recovered} payment(s) we had not seen, now recorded · {lastRun.refundsReopened} refund(s)
                    missing at Telegram, asked again · {lastRun.unknownRefunds} refund(s) we did not make
                  </span>
                </>
              )}
            </dd>
          </dl>
        )}
      </Card>
    </div>
  );
}
