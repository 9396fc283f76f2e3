import { useT } from '@codepool/shared/i18n/react';
import { PageHeader } from '../../components/page-header.tsx';
import { RequestsView } from '../../features/requests/components/requests-view.tsx';

export function RequestsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('dash-nav-orders')} description={t('dash-page-orders-description')} />
      <RequestsView />
    </>
  );
}
