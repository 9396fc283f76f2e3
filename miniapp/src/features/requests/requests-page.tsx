import type { PurchaseRequest } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { BagIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { Stars } from '../../components/stars.tsx';
import { describeError } from '../../lib/api-client.ts';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { listRequests, type RequestPage } from './requests-api.ts';
import { StatusChip } from './status-chip.tsx';

export function RequestRow({ request }: { request: PurchaseRequest }) {
  const { t, locale } = useI18n();
  return (
    <Row
      to={{ name: 'request', id: request.id }}
      title={request.title || t('app-purchase-untitled')}
      subtitle={
        <>
          {request.quantity > 1 ? `${request.quantity} × ` : ''}
          <Stars amount={request.unitPrice} size={13} /> · {formatDateTime(request.createdAt, locale)}
        </>
      }
      after={<StatusChip status={request.status} refundByHand={request.refundByHand} />}
    />
  );
}

export function RequestsPage() {
  const t = useT();
  const first = useApi('purchases', (signal) => listRequests({ role: 'buyer' }, signal));
  useServerEvent('delivery-update', () => first.reload());
  useServerEvent('request-update', () => first.reload());

  return (
    <Page back={{ name: 'home' }} title={t('app-purchases-title')}>
      {first.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {first.status === 'error' ? <ErrorState error={first.error} onRetry={first.reload} /> : null}
      {first.status === 'ready' ? <RequestList first={first.data} /> : null}
    </Page>
  );
}

function RequestList({ first }: { first: RequestPage }) {
  const i18n = useI18n();
  const [more, setMore] = useState<PurchaseRequest[]>([]);
  const [cursor, setCursor] = useState<string | null>(first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = [...(first.items ?? []), ...more];

  if (items.length === 0) {
    return (
      <EmptyState icon={<BagIcon size={30} />} title={i18n.t('app-purchases-empty-title')}>
        {i18n.t('app-purchases-empty-text')}
      </EmptyState>
    );
  }

  const loadMore = async () => {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const next = await listRequests({ role: 'buyer', cursor });
      setMore((m) => [...m, ...(next.items ?? [])]);
      setCursor(next.nextCursor);
    } catch (e) {
      setError(e);
    }
    setLoading(false);
  };

  return (
    <>
      <Section>
        {items.map((r) => (
          <RequestRow key={r.id} request={r} />
        ))}
      </Section>
      {error ? <Notice tone="danger">{describeError(error, i18n)}</Notice> : null}
      {cursor ? (
        <Button block variant="secondary" loading={loading} onClick={loadMore}>
          {i18n.t('app-show-more')}
        </Button>
      ) : null}
    </>
  );
}
