import { PageHeader } from '../../components/page-header.tsx';
import { RequestsView } from '../../features/requests/components/requests-view.tsx';

export function RequestsPage() {
  return (
    <>
      <PageHeader
        title="Orders"
        description="Purchase requests for your listings. Paid orders of listings without a pool wait for you to deliver; disputes wait for your answer."
      />
      <RequestsView />
    </>
  );
}
