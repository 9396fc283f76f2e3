import { formatDateTime } from '@codepool/shared/client';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { InboxIcon } from '../../components/icons.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { Stars } from '../../components/stars.tsx';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { listRequests } from '../requests/requests-api.ts';

/** Paid orders of listings without a pool: they wait for the seller to deliver by hand. */
export function SellerRequestsPage() {
  const requests = useApi('requests:funded', (signal) => listRequests({ role: 'seller', status: 'funded' }, signal));
  useServerEvent('request-update', () => requests.reload());
  useServerEvent('delivery-update', () => requests.reload());

  return (
    <Page back={{ name: 'home' }} title="Orders to deliver">
      {requests.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {requests.status === 'error' ? <ErrorState error={requests.error} onRetry={requests.reload} /> : null}
      {requests.status === 'ready' ? (
        (requests.data.items ?? []).length === 0 ? (
          <EmptyState icon={<InboxIcon size={30} />} title="Nothing waiting">
            Orders of listings bound to a pool are delivered automatically. Paid orders that need you show up here.
          </EmptyState>
        ) : (
          <Section footer="Paid and held in escrow until you deliver.">
            {(requests.data.items ?? []).map((r) => (
              <Row
                key={r.id}
                to={{ name: 'deliver', id: r.id }}
                title={r.title || 'Order'}
                subtitle={
                  <>
                    {r.quantity} × <Stars amount={r.unitPrice} size={13} /> · paid{' '}
                    {formatDateTime(r.fundedAt ?? r.createdAt)}
                  </>
                }
                after={
                  <strong>
                    <Stars amount={r.total} />
                  </strong>
                }
              />
            ))}
          </Section>
        )
      ) : null}
    </Page>
  );
}
