import { formatDateTime } from '@codepool/shared/client';
import { useI18n } from '@codepool/shared/i18n/react';
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
  const { t, locale } = useI18n();
  const requests = useApi('requests:funded', (signal) => listRequests({ role: 'seller', status: 'funded' }, signal));
  useServerEvent('request-update', () => requests.reload());
  useServerEvent('delivery-update', () => requests.reload());

  return (
    <Page back={{ name: 'home' }} title={t('app-home-orders')}>
      {requests.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {requests.status === 'error' ? <ErrorState error={requests.error} onRetry={requests.reload} /> : null}
      {requests.status === 'ready' ? (
        (requests.data.items ?? []).length === 0 ? (
          <EmptyState icon={<InboxIcon size={30} />} title={t('app-seller-orders-empty-title')}>
            {t('app-seller-orders-empty-text')}
          </EmptyState>
        ) : (
          <Section footer={t('app-seller-orders-footer')}>
            {(requests.data.items ?? []).map((r) => (
              <Row
                key={r.id}
                to={{ name: 'deliver', id: r.id }}
                title={r.title || t('app-order-untitled')}
                subtitle={
                  <>
                    {r.quantity} × <Stars amount={r.unitPrice} size={13} /> ·{' '}
                    {t('app-seller-orders-paid-at', { when: formatDateTime(r.fundedAt ?? r.createdAt, locale) })}
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
