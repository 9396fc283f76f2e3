import type { VariantAnalytics } from '@codepool/shared';
import { type ReactNode, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { ChartIcon } from '../../../components/icons.tsx';
import { Stars } from '../../../components/stars.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { formatCount, formatDay, formatDecimal } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { soldLabel } from '../../../lib/sales-cap.ts';
import { useOverview } from '../api/get-overview.ts';
import { Sparkline } from './sparkline.tsx';

type Period = '7' | '30' | '90';
const PERIODS = [
  { value: '7' as const, label: '7 days' },
  { value: '30' as const, label: '30 days' },
  { value: '90' as const, label: '90 days' },
];

function Runway({ days, available }: { days: number | null; available: number }) {
  if (available === 0) return <Badge tone="gray">Out of stock</Badge>;
  if (days === null) return <span className="muted">No draws</span>;
  const text = days < 1 ? 'under a day' : `${formatDecimal(days)} days`;
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
  return (
    <tr className={className} data-testid={testId}>
      <td>{title}</td>
      <td className="num">{formatCount(f.requests)}</td>
      <td className="num">{formatCount(f.units)}</td>
      <td className="num strong">
        <Stars n={f.revenue} />
      </td>
      <td className="num">
        {f.items === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span title={`${f.costedItems} of ${f.items} items have a cost`}>
            {formatCount(f.itemCost)}
            {f.costedItems < f.items && (
              <span className="muted small">
                {' '}
                ({f.costedItems}/{f.items} known)
              </span>
            )}
          </span>
        )}
      </td>
      <td className={`num strong ${f.margin !== null && f.margin < 0 ? 'text-red' : ''}`}>
        {f.margin === null ? <span className="muted">—</span> : formatCount(f.margin)}
      </td>
      <td className="num" data-testid="analytics-sold">
        {soldLabel(f)}
      </td>
    </tr>
  );
}

/** Draws, pace, runway and waste per pool; sales, revenue and margin per listing. */
export function AnalyticsView() {
  const [period, setPeriod] = useState<Period>('30');
  const overview = useOverview(Number(period));
  const tabs = <FilterTabs label="Period" options={PERIODS} value={period} onChange={setPeriod} />;

  if (overview.isPending) return <LoadingState rows={8} />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => overview.refetch()} />;
  const o = overview.data;
  const pools = o.pools.filter((p) => p.available > 0 || p.draws > 0 || p.expired > 0);

  return (
    <div className="stack">
      <div className="toolbar toolbar-plain">
        {tabs}
        <span className="muted small">
          {formatDay(o.from)} – {formatDay(o.to)} (UTC)
        </span>
      </div>
      <div className="stats stats-4" data-testid="analytics-totals">
        <StatCard
          label="Revenue"
          value={<Stars n={o.totals.revenue} />}
          hint="Delivered and completed orders"
          tone="green"
        />
        <StatCard label="Orders" value={formatCount(o.totals.requests)} hint={`In the last ${o.days} days`} />
        <StatCard
          label="Items drawn"
          value={formatCount(o.totals.draws)}
          hint={`${formatDecimal(o.totals.draws / o.days)} a day`}
        />
        <StatCard
          label="Expired unsold"
          value={formatCount(o.totals.expired)}
          hint={o.totals.expiredCost > 0 ? `${formatCount(o.totals.expiredCost)} in recorded costs` : 'All time'}
          tone={o.totals.expired > 0 ? 'amber' : 'neutral'}
        />
      </div>

      <Card
        title="Pools"
        description="Pace is the average of items drawn a day over the period; runway is how long the available stock lasts at it."
        padded={false}
      >
        {pools.length === 0 ? (
          <EmptyState icon={<ChartIcon size={28} />} title="No stock movement yet">
            Figures appear once a pool has stock or sales.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="analytics-pools">
              <thead>
                <tr>
                  <th>Pool</th>
                  <th>Draws per day</th>
                  <th className="num">Drawn</th>
                  <th className="num">Pace / day</th>
                  <th className="num">Available</th>
                  <th>Runs out in</th>
                  <th className="num">Expired</th>
                  <th className="num">Wasted cost</th>
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
                      <Sparkline values={p.drawsPerDay.map((d) => d.draws)} label={`Daily draws of ${p.name}`} />
                    </td>
                    <td className="num">{formatCount(p.draws)}</td>
                    <td className="num">{formatDecimal(p.dailyPace)}</td>
                    <td className="num strong">{formatCount(p.available)}</td>
                    <td>
                      <Runway days={p.daysUntilEmpty} available={p.available} />
                    </td>
                    <td className="num">{formatCount(p.expired)}</td>
                    <td className="num">
                      {p.expiredCost > 0 ? formatCount(p.expiredCost) : <span className="muted">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card
        title="Listings"
        description="Orders delivered in the period, per listing and per variant. Margin is revenue less the recorded cost of the items handed out, shown when every item has a cost. Sold counts every sale ever, against the cap."
        padded={false}
      >
        {o.templates.length === 0 ? (
          <EmptyState title="No listings yet">Create a listing to start selling.</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="analytics-templates">
              <thead>
                <tr>
                  <th>Listing</th>
                  <th className="num">Orders</th>
                  <th className="num">Units</th>
                  <th className="num">Revenue</th>
                  <th className="num">Item costs</th>
                  <th className="num">Margin</th>
                  <th className="num">Sold, all time</th>
                </tr>
              </thead>
              {o.templates.map((t) => (
                <tbody key={t.templateId} data-testid={`analytics-template-${t.title}`}>
                  <SalesRow title={<span className="row-title">{t.title}</span>} figures={t} />
                  {/* A listing of one variant is that variant: its row would only repeat the listing's. */}
                  {t.variants.length > 1 &&
                    t.variants.map((v) => (
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
          </div>
        )}
      </Card>
    </div>
  );
}
