import { PageHeader } from '../../components/page-header.tsx';
import { OrdersView } from '../../features/orders/components/orders-view.tsx';

export function OrdersPage() {
  return (
    <>
      <PageHeader
        title="Orders"
        description="Purchase requests for your listings. Paid orders of listings without a pool wait for you to deliver; disputes wait for your answer."
      />
      <OrdersView />
    </>
  );
}
