import { PageHeader } from '../../components/page-header.tsx';
import { AnalyticsView } from '../../features/analytics/components/analytics-view.tsx';

export function AnalyticsPage() {
  return (
    <>
      <PageHeader
        title="Analytics"
        description="How fast each pool sells, when it runs out, what went to waste, and what each listing earned."
      />
      <AnalyticsView />
    </>
  );
}
