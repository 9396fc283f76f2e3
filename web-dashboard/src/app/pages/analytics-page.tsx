import { useT } from '@codepool/shared/i18n/react';
import { PageHeader } from '../../components/page-header.tsx';
import { AnalyticsView } from '../../features/analytics/components/analytics-view.tsx';

export function AnalyticsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('dash-nav-analytics')} description={t('dash-page-analytics-description')} />
      <AnalyticsView />
    </>
  );
}
