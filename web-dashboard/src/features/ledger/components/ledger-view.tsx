import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { Stars } from '../../../components/stars.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useReconciliation } from '../api/get-reconciliation.ts';

/** Your Stars by escrow state, beside Telegram's own ledger as the last reconciliation saw it. */
export function LedgerView() {
  const t = useT();
  const f = useFormat();
  const r = useReconciliation();
  if (r.isPending) return <LoadingState rows={4} />;
  if (r.isError) return <ErrorState error={r.error} onRetry={() => r.refetch()} />;
  const { sums, lastRun } = r.data;
  return (
    <div className="stack">
      <div className="stats stats-4" data-testid="ledger-sums">
        <StatCard label={t('dash-ledger-held')} value={<Stars n={sums.held} />} hint={t('dash-ledger-held-hint')} />
        <StatCard label={t('dash-ledger-released')} value={<Stars n={sums.released} />} tone="green" />
        <StatCard label={t('dash-ledger-refunded')} value={<Stars n={sums.refunded} />} />
        <StatCard
          label={t('dash-ledger-refunding')}
          value={<Stars n={sums.refunding} />}
          hint={t('dash-ledger-refunding-hint')}
          tone={sums.refunding > 0 ? 'amber' : 'neutral'}
        />
      </div>
      <Card
        title={t('dash-ledger-telegram')}
        description={t('dash-ledger-telegram-description')}
        testId="reconciliation"
      >
        {lastRun === null ? (
          <p className="muted">{t('dash-ledger-no-run')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('dash-ledger-last-run')}</dt>
            <dd>{f.dateTime(lastRun.finishedAt ?? lastRun.startedAt)}</dd>
            <dt>{t('dash-ledger-balance')}</dt>
            <dd data-testid="star-balance">
              {lastRun.starBalance === null ? '—' : <Stars n={lastRun.starBalance} />}{' '}
              <span className="muted small">{t('dash-ledger-balance-note')}</span>
            </dd>
            <dt>{t('dash-ledger-transactions')}</dt>
            <dd>
              {t('dash-ledger-transactions-counts', {
                incoming: lastRun.incoming,
                outgoing: lastRun.outgoing,
                matched: lastRun.matched,
              })}
            </dd>
            <dt>{t('dash-ledger-mismatches')}</dt>
            <dd data-testid="mismatches">
              {lastRun.mismatches === 0 ? (
                <Badge tone="green">{t('dash-ledger-mismatches-none')}</Badge>
              ) : (
                <>
                  <Badge tone="red">{f.count(lastRun.mismatches)}</Badge>{' '}
                  <span className="small">
                    {t('dash-ledger-recovered', { count: lastRun.recovered })} ·{' '}
                    {t('dash-ledger-refunds-reopened', { count: lastRun.refundsReopened })} ·{' '}
                    {t('dash-ledger-unknown-refunds', { count: lastRun.unknownRefunds })}
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
