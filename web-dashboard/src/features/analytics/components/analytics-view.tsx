import type { VariantAnalytics } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { type ReactNode, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { ChartIcon } from '../../../components/icons.tsx';
import { Stars } from '../../../components/stars.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { useFormat } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { soldLabel } from '../../../lib/sales-cap.ts';
import { useOverview } from '../api/get-overview.ts';
import { Sparkline } from './sparkline.tsx';

type Period = '7' | '30' | '90';
const PERIODS: Period[] = ['7', '30', '90'];

function Runway({ days, available }: { days: number | null; available: number }) {
  const t = useT();
  if (available === 0) return <Badge tone="gray">{t('dash-analytics-out-of-stock')}</Badge>;
  if (days === null) return <span className="muted">{t('dash-analytics-no-draws')}</span>;
  const text = days < 1 ? t('dash-analytics-runway-under-a-day') : t('dash-analytics-runway-days', { days });
  if (days < 7) return <Badge tone="red">{text}</Badge>;
  if (days < 21) return <Badge tone="amber">{text}</Badge>;
  return <span>{text}</span>;
}

/** What a listing or one of its variants sold: the same figures at either level. */
type SalesFigures = Omit<VariantAnalytics, 'variantId' | 'title'>;

function SalesRow({
  title,
  figures: f,
  className,
  testId,
}: {
  title: ReactNode;
  figures: SalesFigures;
  className?: string;
  testId?: string;
}) {
  const t = useT();
  const fmt = useFormat();
  return (
    <tr className={className} data-testid={testId}>
      <td>{title}</td>
      <td className="num">{fmt.count(f.requests)}</td>
      <td className="num">{fmt.count(f.units)}</td>
      <td className="num strong">
        <Stars n={f.revenue} />
      </td>
      <td className="num">
        {f.items === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span title={t('dash-analytics-costed-items', { costed: f.costedItems, items: f.items })}>
            {fmt.count(f.itemCost)}
            {f.costedItems < f.items && (
              <span className="muted small">
                {' '}
                {t('dash-analytics-costed-known', { costed: f.costedItems, items: f.items })}
              </span>
            )}
          </span>
        )}
      </td>
      <td className={`num strong ${f.margin !== null && f.margin < 0 ? 'text-red' : ''}`}>
        {f.margin === null ? <span className="muted">—</span> : fmt.count(f.margin)}
      </td>
      <td className="num" data-testid="analytics-sold">
        {soldLabel(f, t)}
      </td>
    </tr>
  );
}

/** Draws, pace, runway and waste per pool; sales, revenue and margin per listing. */
export function AnalyticsView() {
  const t = useT();
  const f = useFormat();
  const [period, setPeriod] = useState<Period>('30');
  const overview = useOverview(Number(period));
  const tabs = (
    <FilterTabs
      label={t('dash-analytics-period')}
      options={PERIODS.map((value) => ({ value, label: t('dash-analytics-period-days', { days: Number(value) }) }))}
      value={period}
      onChange={setPeriod}
    />
  );

  if (overview.isPending) return <LoadingState rows={8} />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => overview.refetch()} />;
  const o = overview.data;
  const pools = o.pools.filter((p) => p.available > 0 || p.draws > 0 || p.expired > 0);

  return (
    <div className="stack">
      <div className="toolbar toolbar-plain">
        {tabs}
        <span className="muted small">{t('dash-analytics-range', { from: f.day(o.from), to: f.day(o.to) })}</span>
      </div>
      <div className="stats stats-4" data-testid="analytics-totals">
        <StatCard
          label={t('dash-analytics-revenue')}
          value={<Stars n={o.totals.revenue} />}
          hint={t('dash-analytics-revenue-hint')}
          tone="green"
        />
        <StatCard
          label={t('dash-analytics-orders')}
          value={f.count(o.totals.requests)}
          hint={t('dash-analytics-orders-hint', { days: o.days })}
        />
        <StatCard
          label={t('dash-analytics-drawn')}
          value={f.count(o.totals.draws)}
          hint={t('dash-analytics-drawn-hint', { perDay: o.totals.draws / o.days })}
        />
        <StatCard
          label={t('dash-analytics-expired')}
          value={f.count(o.totals.expired)}
          hint={
            o.totals.expiredCost > 0
              ? t('dash-analytics-expired-cost', { cost: o.totals.expiredCost })
              : t('dash-analytics-expired-all-time')
          }
          tone={o.totals.expired > 0 ? 'amber' : 'neutral'}
        />
      </div>

      <Card title={t('dash-analytics-pools')} description={t('dash-analytics-pools-description')} padded={false}>
        {pools.length === 0 ? (
          <EmptyState icon={<ChartIcon size={28} />} title={t('dash-analytics-pools-empty-title')}>
            {t('dash-analytics-pools-empty')}
          </EmptyState>
        ) : (
          <TableWrap>
            <table className="table" data-testid="analytics-pools">
              <thead>
                <tr>
                  <th>{t('dash-analytics-col-pool')}</th>
                  <th>{t('dash-analytics-col-draws-per-day')}</th>
                  <th className="num">{t('dash-analytics-col-drawn')}</th>
                  <th className="num">{t('dash-analytics-col-pace')}</th>
                  <th className="num">{t('dash-analytics-col-available')}</th>
                  <th>{t('dash-analytics-col-runway')}</th>
                  <th className="num">{t('dash-analytics-col-expired')}</th>
                  <th className="num">{t('dash-analytics-col-wasted-cost')}</th>
                </tr>
              </thead>
              <tbody>
                {pools.map((p) => (
                  <tr key={p.poolId}>
                    <td>
                      <Link to={`/pools/${p.poolId}`} className="row-title">
                        {p.name}
                      </Link>
                    </td>
                    <td>
                      <Sparkline
                        values={p.drawsPerDay.map((d) => d.draws)}
                        label={t('dash-chart-sparkline', { name: p.name })}
                      />
                    </td>
                    <td className="num">{f.count(p.draws)}</td>
                    <td className="num">{f.decimal(p.dailyPace)}</td>
                    <td className="num strong">{f.count(p.available)}</td>
                    <td>
                      <Runway days={p.daysUntilEmpty} available={p.available} />
                    </td>
                    <td className="num">{f.count(p.expired)}</td>
                    <td className="num">
                      {p.expiredCost > 0 ? f.count(p.expiredCost) : <span className="muted">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Card>

      <Card title={t('dash-analytics-listings')} description={t('dash-analytics-listings-description')} padded={false}>
        {o.templates.length === 0 ? (
          <EmptyState title={t('dash-analytics-listings-empty-title')}>{t('dash-analytics-listings-empty')}</EmptyState>
        ) : (
          <TableWrap>
            <table className="table" data-testid="analytics-templates">
              <thead>
                <tr>
                  <th>{t('dash-analytics-col-listing')}</th>
                  <th className="num">{t('dash-analytics-col-orders')}</th>
                  <th className="num">{t('dash-analytics-col-units')}</th>
                  <th className="num">{t('dash-analytics-col-revenue')}</th>
                  <th className="num">{t('dash-analytics-col-item-costs')}</th>
                  <th className="num">{t('dash-analytics-col-margin')}</th>
                  <th className="num">{t('dash-analytics-col-sold')}</th>
                </tr>
              </thead>
              {o.templates.map((l) => (
                <tbody key={l.templateId} data-testid={`analytics-template-${l.title}`}>
                  <SalesRow title={<span className="row-title">{l.title}</span>} figures={l} />
                  {/* A listing of one variant is that variant: its row would only repeat the listing's. */}
                  {l.variants.length > 1 &&
                    l.variants.map((v) => (
                      <SalesRow
                        key={v.variantId}
                        title={<span className="variant-title">{v.title}</span>}
                        figures={v}
                        className="variant-row-analytics"
                        testId={`analytics-variant-${v.title}`}
                      />
                    ))}
                </tbody>
              ))}
            </table>
          </TableWrap>
        )}
      </Card>
    </div>
  );
}
