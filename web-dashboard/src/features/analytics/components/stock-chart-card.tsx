import { useT } from '@codepool/shared/i18n/react';
import { Card } from '../../../components/card.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { useStockHistory } from '../api/get-stock-history.ts';
import { StockChart } from './stock-chart.tsx';

/** A pool's stock over the last 30 days, with the draws of each day. */
export function StockChartCard({ poolId, threshold }: { poolId: string; threshold: number }) {
  const t = useT();
  const history = useStockHistory(poolId, 30);
  const draws = history.data?.days.reduce((s, d) => s + d.draws, 0) ?? 0;
  const added = history.data?.days.reduce((s, d) => s + d.added, 0) ?? 0;
  return (
    <Card
      title={t('dash-chart-card-title', { days: 30 })}
      description={history.data ? t('dash-chart-card-description', { added, drawn: draws, days: 30 }) : undefined}
      testId="stock-chart-card"
    >
      {history.isPending ? (
        <LoadingState rows={5} />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : (
        <StockChart days={history.data.days} threshold={threshold} />
      )}
    </Card>
  );
}
