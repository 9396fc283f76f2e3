import { Card } from '../../../components/card.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatCount } from '../../../lib/format.ts';
import { useStockHistory } from '../api/get-stock-history.ts';
import { StockChart } from './stock-chart.tsx';

/** A pool's stock over the last 30 days, with the draws of each day. */
export function StockChartCard({ poolId, threshold }: { poolId: string; threshold: number }) {
  const history = useStockHistory(poolId, 30);
  const draws = history.data?.days.reduce((s, d) => s + d.draws, 0) ?? 0;
  const added = history.data?.days.reduce((s, d) => s + d.added, 0) ?? 0;
  return (
    <Card
      title="Stock, last 30 days"
      description={
        history.data ? `${formatCount(added)} added, ${formatCount(draws)} drawn in 30 days (UTC days).` : undefined
      }
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
