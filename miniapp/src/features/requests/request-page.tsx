import type { PurchaseRequest } from '@codepool/shared';
import { formatDateTime, isNotFound } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { SearchIcon } from '../../components/icons.tsx';
import { Link } from '../../components/link.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { Stars } from '../../components/stars.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatStars } from '../../lib/format.ts';
import { useServerEvent } from '../../lib/realtime.ts';
import { navigate } from '../../lib/router.ts';
import { haptic } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { payForRequest, unpaidMessage, wasPaidHere } from '../buy/pay-request.ts';
import { DeliveryPanel } from './delivery-panel.tsx';
import { statusInfo } from './request-status.ts';
import { cancelRequest, confirmReceipt, getRequest, revealRequest } from './requests-api.ts';
import { StatusChip } from './status-chip.tsx';

export function RequestPage({ id }: { id: string }) {
  const t = useT();
  const request = useApi(`request:${id}`, (signal) => getRequest(id, signal));
  // Payment, delivery and disputes move the request on the server; load it again when told.
  useServerEvent('delivery-update', (e) => e.requestId === id && request.reload());
  useServerEvent('request-update', (e) => e.requestId === id && request.reload());

  return (
    <Page back={{ name: 'requests' }}>
      {request.status === 'loading' ? <PageSkeleton cards={2} /> : null}
      {request.status === 'error' ? (
        isNotFound(request.error) ? (
          <EmptyState
            icon={<SearchIcon size={30} />}
            title={t('app-purchase-not-found-title')}
            action={
              <Button variant="secondary" onClick={() => navigate({ name: 'requests' })}>
                {t('app-purchases-title')}
              </Button>
            }
          >
            {t('app-purchase-not-found-text')}
          </EmptyState>
        ) : (
          <ErrorState error={request.error} onRetry={request.reload} />
        )
      ) : null}
      {request.status === 'ready' ? (
        <RequestView request={request.data} onChanged={request.replace} reload={request.reload} />
      ) : null}
    </Page>
  );
}

type ViewProps = { request: PurchaseRequest; onChanged: (r: PurchaseRequest) => void; reload: () => void };

function RequestView({ request, onChanged, reload }: ViewProps) {
  const { t, locale } = useI18n();
  const info = statusInfo(t, request.status, request);
  return (
    <>
      <div className="summary">
        <div className="summary-head">
          <h1 className="page-title">{request.title || t('app-purchase-untitled')}</h1>
          <StatusChip status={request.status} refundByHand={request.refundByHand} />
        </div>
        <p className="summary-sub">
          {request.quantity > 1 ? (
            <>
              {request.quantity} × <Stars amount={request.unitPrice} size={14} /> ·{' '}
            </>
          ) : null}
          <Stars amount={request.total} size={14} />
          {request.createdAt ? ` · ${formatDateTime(request.createdAt, locale)}` : ''}
        </p>
      </div>
      <StatusPanel request={request} hint={info.hint} onChanged={onChanged} reload={reload} />
    </>
  );
}

function StatusPanel({ request, hint, onChanged, reload }: ViewProps & { hint: string }) {
  const t = useT();
  switch (request.status) {
    case 'pending_payment':
      return <PaymentPanel request={request} onChanged={onChanged} />;
    case 'funded':
      return (
        <Notice tone="info" title={t('app-purchase-funded-title')}>
          <span className="inline-spinner" aria-hidden="true" /> {t('app-purchase-funded-text')}
        </Notice>
      );
    case 'preparing':
      return <PreparingPanel hint={hint} />;
    case 'awaiting_stock':
      return (
        <Notice tone="warning" title={t('app-status-awaiting_stock')}>
          {hint} {t('app-purchase-awaiting-stock-text')}
        </Notice>
      );
    case 'delivered':
      return (
        <>
          <DeliveryPanel request={request} reveal={revealRequest} />
          <BuyerActions request={request} reload={reload} />
        </>
      );
    case 'disputed':
      return (
        <>
          <Notice tone="danger" title={t('app-status-disputed')}>
            {hint} {t('app-purchase-disputed-text')}
          </Notice>
          <DeliveryPanel request={request} reveal={revealRequest} />
        </>
      );
    case 'completed':
      return <DeliveryPanel request={request} reveal={revealRequest} />;
    case 'refund_pending':
    case 'refunded':
    case 'cancelled':
    case 'expired':
      return <Notice tone="info">{hint}</Notice>;
    default:
      return <Notice tone="info">{hint || t('app-purchase-unknown-state')}</Notice>;
  }
}

/**
 * Paid, and what the pool lacked is being bought from the seller's supplier: an order in
 * progress, not an end state. The page reloads on `delivery-update` and shows the delivery;
 * a supplier failure ends as delivered from own stock or refunded, told the same way.
 */
export function PreparingPanel({ hint }: { hint: string }) {
  const t = useT();
  return (
    <Notice tone="info" title={t('app-status-preparing')}>
      <div className="preparing-track" role="progressbar" aria-label={t('app-status-preparing')} aria-busy="true">
        <div className="preparing-fill" />
      </div>
      {hint} {t('app-purchase-preparing-text')}
    </Notice>
  );
}

function PaymentPanel({ request, onChanged }: { request: PurchaseRequest; onChanged: (r: PurchaseRequest) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState<'pay' | 'cancel' | null>(null);
  const [message, setMessage] = useState<{ tone: 'warning' | 'danger'; text: string } | null>(null);
  const [paid, setPaid] = useState(() => wasPaidHere(request.id));

  const pay = async () => {
    haptic.tap();
    setBusy('pay');
    setMessage(null);
    try {
      const outcome = await payForRequest(request.id);
      if (outcome === 'paid' || outcome === 'pending') {
        haptic.success();
        setPaid(true);
      } else {
        haptic.warning();
        setMessage({ tone: outcome === 'failed' ? 'danger' : 'warning', text: unpaidMessage(t, outcome) });
      }
    } catch (e) {
      haptic.error();
      setMessage({ tone: 'danger', text: describeError(e, i18n) });
    }
    setBusy(null);
  };

  const cancel = async () => {
    setBusy('cancel');
    setMessage(null);
    try {
      onChanged(await cancelRequest(request.id));
    } catch (e) {
      setMessage({ tone: 'danger', text: describeError(e, i18n) });
    }
    setBusy(null);
  };

  if (paid) {
    return (
      <Notice tone="info" title={t('app-purchase-confirming-title')}>
        <span className="inline-spinner" aria-hidden="true" /> {t('app-purchase-confirming-text')}
      </Notice>
    );
  }

  return (
    <>
      <Section
        title={t('app-payment-title')}
        footer={
          request.expiresAt
            ? t('app-payment-expires', { when: formatDateTime(request.expiresAt, i18n.locale) })
            : undefined
        }
      >
        <Row
          title={t('app-payment-to-pay')}
          after={
            <strong className="total">
              <Stars amount={request.total} />
            </strong>
          }
        />
        <div className="section-actions">
          <Button block loading={busy === 'pay'} disabled={busy !== null} onClick={pay}>
            {t('app-payment-pay', { price: formatStars(t, request.total) })}
          </Button>
          <Button block variant="plain" loading={busy === 'cancel'} disabled={busy !== null} onClick={cancel}>
            {t('app-payment-cancel')}
          </Button>
        </div>
      </Section>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </>
  );
}

function BuyerActions({ request, reload }: { request: PurchaseRequest; reload: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'danger' | 'success'; text: string } | null>(null);
  const windowEnds = formatDateTime(request.disputeWindowEndsAt, i18n.locale);

  const confirm = async () => {
    haptic.tap();
    setConfirming(true);
    setMessage(null);
    try {
      await confirmReceipt(request.id);
      haptic.success();
      setMessage({ tone: 'success', text: t('app-confirm-done') });
      reload();
    } catch (e) {
      haptic.warning();
      setMessage({ tone: 'danger', text: describeError(e, i18n) });
    }
    setConfirming(false);
  };

  return (
    <>
      <Section
        title={t('app-confirm-title')}
        footer={windowEnds ? t('app-confirm-window', { when: windowEnds }) : t('app-confirm-no-window')}
      >
        <div className="section-actions">
          <Button block variant="secondary" loading={confirming} onClick={confirm}>
            {t('app-confirm-receipt')}
          </Button>
          <Link to={{ name: 'dispute', id: request.id }} className="btn btn-plain btn-block btn-danger-text">
            {t('app-dispute-title')}
          </Link>
        </div>
      </Section>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </>
  );
}
