import type { PurchaseRequest } from '@codepool/shared';
import { formatDateTime, isNotFound } from '@codepool/shared/client';
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
            title="Purchase not found"
            action={
              <Button variant="secondary" onClick={() => navigate({ name: 'requests' })}>
                My purchases
              </Button>
            }
          >
            This purchase does not exist, or it belongs to another Telegram account.
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
  const info = statusInfo(request.status, request);
  return (
    <>
      <div className="summary">
        <div className="summary-head">
          <h1 className="page-title">{request.title || 'Purchase'}</h1>
          <StatusChip status={request.status} refundByHand={request.refundByHand} />
        </div>
        <p className="summary-sub">
          {request.quantity > 1 ? (
            <>
              {request.quantity} × <Stars amount={request.unitPrice} size={14} /> ·{' '}
            </>
          ) : null}
          <Stars amount={request.total} size={14} />
          {request.createdAt ? ` · ${formatDateTime(request.createdAt)}` : ''}
        </p>
      </div>
      <StatusPanel request={request} hint={info.hint} onChanged={onChanged} reload={reload} />
    </>
  );
}

function StatusPanel({ request, hint, onChanged, reload }: ViewProps & { hint: string }) {
  switch (request.status) {
    case 'pending_payment':
      return <PaymentPanel request={request} onChanged={onChanged} />;
    case 'funded':
      return (
        <Notice tone="info" title="Payment received">
          <span className="inline-spinner" aria-hidden="true" /> Delivering your order… this page updates by itself.
        </Notice>
      );
    case 'preparing':
      return <PreparingPanel hint={hint} />;
    case 'awaiting_stock':
      return (
        <Notice tone="warning" title="Waiting for stock">
          {hint} You will get a message from the bot too.
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
          <Notice tone="danger" title="Problem reported">
            {hint} You will hear back in the bot; a replacement or a refund follows.
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
      return <Notice tone="info">{hint || 'This purchase is in a state this app version does not know.'}</Notice>;
  }
}

/**
 * Paid, and what the pool lacked is being bought from the seller's supplier: an order in
 * progress, not an end state. The page reloads on `delivery-update` and shows the delivery;
 * a supplier failure ends as delivered from own stock or refunded, told the same way.
 */
export function PreparingPanel({ hint }: { hint: string }) {
  return (
    <Notice tone="info" title="Being prepared">
      <div className="preparing-track" role="progressbar" aria-label="Being prepared" aria-busy="true">
        <div className="preparing-fill" />
      </div>
      {hint} This page updates by itself; the bot tells you too.
    </Notice>
  );
}

function PaymentPanel({ request, onChanged }: { request: PurchaseRequest; onChanged: (r: PurchaseRequest) => void }) {
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
        setMessage({ tone: outcome === 'failed' ? 'danger' : 'warning', text: unpaidMessage(outcome) });
      }
    } catch (e) {
      haptic.error();
      setMessage({ tone: 'danger', text: describeError(e) });
    }
    setBusy(null);
  };

  const cancel = async () => {
    setBusy('cancel');
    setMessage(null);
    try {
      onChanged(await cancelRequest(request.id));
    } catch (e) {
      setMessage({ tone: 'danger', text: describeError(e) });
    }
    setBusy(null);
  };

  if (paid) {
    return (
      <Notice tone="info" title="Confirming your payment">
        <span className="inline-spinner" aria-hidden="true" /> Telegram has taken your Stars. Your order is delivered
        the moment the payment is confirmed — this page updates by itself.
      </Notice>
    );
  }

  return (
    <>
      <Section
        title="Payment"
        footer={request.expiresAt ? `Unpaid orders are dropped at ${formatDateTime(request.expiresAt)}.` : undefined}
      >
        <Row
          title="To pay"
          after={
            <strong className="total">
              <Stars amount={request.total} />
            </strong>
          }
        />
        <div className="section-actions">
          <Button block loading={busy === 'pay'} disabled={busy !== null} onClick={pay}>
            Pay {formatStars(request.total)}
          </Button>
          <Button block variant="plain" loading={busy === 'cancel'} disabled={busy !== null} onClick={cancel}>
            Cancel order
          </Button>
        </div>
      </Section>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </>
  );
}

function BuyerActions({ request, reload }: { request: PurchaseRequest; reload: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'danger' | 'success'; text: string } | null>(null);
  const windowEnds = formatDateTime(request.disputeWindowEndsAt);

  const confirm = async () => {
    haptic.tap();
    setConfirming(true);
    setMessage(null);
    try {
      await confirmReceipt(request.id);
      haptic.success();
      setMessage({ tone: 'success', text: 'Thanks! The seller has been paid.' });
      reload();
    } catch (e) {
      haptic.warning();
      setMessage({ tone: 'danger', text: describeError(e) });
    }
    setConfirming(false);
  };

  return (
    <>
      <Section
        title="Did it work?"
        footer={windowEnds ? `You can report a problem until ${windowEnds}.` : 'Report a problem if the code fails.'}
      >
        <div className="section-actions">
          <Button block variant="secondary" loading={confirming} onClick={confirm}>
            Confirm receipt
          </Button>
          <Link to={{ name: 'dispute', id: request.id }} className="btn btn-plain btn-block btn-danger-text">
            Report a problem
          </Link>
        </div>
      </Section>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </>
  );
}
