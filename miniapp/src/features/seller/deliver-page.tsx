import type { PurchaseRequest } from '@codepool/shared';
import { isNotFound } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useId, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { SearchIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { Stars } from '../../components/stars.tsx';
import { describeError } from '../../lib/api-client.ts';
import { haptic } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { getRequest } from '../requests/requests-api.ts';
import { StatusChip } from '../requests/status-chip.tsx';
import { deliverManually } from './seller-api.ts';

export function DeliverPage({ id }: { id: string }) {
  const t = useT();
  const request = useApi(`request:${id}`, (signal) => getRequest(id, signal));
  return (
    <Page back={{ name: 'seller-requests' }} title={t('app-deliver-title')}>
      {request.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {request.status === 'error' ? (
        isNotFound(request.error) ? (
          <EmptyState icon={<SearchIcon size={30} />} title={t('app-deliver-not-found-title')}>
            {t('app-deliver-not-found-text')}
          </EmptyState>
        ) : (
          <ErrorState error={request.error} onRetry={request.reload} />
        )
      ) : null}
      {request.status === 'ready' ? <DeliverForm request={request.data} onDelivered={request.reload} /> : null}
    </Page>
  );
}

function DeliverForm({ request, onDelivered }: { request: PurchaseRequest; onDelivered: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'danger'; text: string } | null>(null);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const expected = Math.max(1, request.quantity);
  const ready = lines.length === expected;

  const send = async () => {
    if (!ready) return;
    setSending(true);
    setMessage(null);
    try {
      await deliverManually(request.id, lines);
      haptic.success();
      onDelivered();
    } catch (e) {
      haptic.warning();
      setMessage({ tone: 'danger', text: describeError(e, i18n) });
    }
    setSending(false);
  };

  return (
    <>
      <Section>
        <Row title={request.title || t('app-order-untitled')} after={<StatusChip status={request.status} />} />
        <Row title={t('app-quantity')} after={<strong>{request.quantity}</strong>} />
        <Row
          title={t('app-deliver-paid')}
          after={
            <strong>
              <Stars amount={request.total} />
            </strong>
          }
        />
      </Section>

      {request.status !== 'funded' ? (
        <Notice tone="info">{t('app-deliver-not-waiting')}</Notice>
      ) : (
        <>
          <div className="section">
            <label className="section-title" htmlFor={`${id}-codes`}>
              {t('app-deliver-codes', { count: expected })}
            </label>
            <div className="section-card">
              <textarea
                id={`${id}-codes`}
                className="textarea mono"
                rows={Math.min(8, expected + 2)}
                value={text}
                spellCheck={false}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <p className="section-footer">{t('app-deliver-entered', { count: lines.length, expected })}</p>
          </div>
          {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
          <Button block loading={sending} disabled={!ready} onClick={send}>
            {t('app-deliver-submit')}
          </Button>
        </>
      )}
    </>
  );
}
