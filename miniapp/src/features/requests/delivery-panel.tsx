import type { PurchaseRequest, RevealResult } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { useI18n } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { DownloadIcon, EyeIcon, LockIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { SecretField } from '../../components/secret-field.tsx';
import { Section } from '../../components/section.tsx';
import { describeError } from '../../lib/api-client.ts';
import { haptic } from '../../lib/telegram.ts';
import { downloadText, fileNameFor, requestAsText } from './request-text.ts';
import { createDownloadLink } from './requests-api.ts';
import { type NewLink, RevealedFileView } from './revealed-file.tsx';

type DeliveryPanelProps = {
  request: Pick<PurchaseRequest, 'id' | 'title' | 'items'>;
  reveal: (requestId: string) => Promise<RevealResult>;
  /** A fresh download link for a file item (the reveal's own are single-use). */
  newLink?: NewLink;
};

/**
 * The delivered items: masked previews until the buyer asks to reveal them (the first
 * reveal is recorded as evidence for disputes), then every field with a copy button,
 * sensitive ones behind an eye toggle, and the seller's instructions.
 */
export function DeliveryPanel({ request, reveal, newLink = createDownloadLink }: DeliveryPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [revealed, setRevealed] = useState<RevealResult | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = request.items ?? [];

  const onReveal = async () => {
    haptic.tap();
    setRevealing(true);
    setError(null);
    try {
      setRevealed(await reveal(request.id));
      haptic.success();
    } catch (e) {
      haptic.error();
      setError(e);
    } finally {
      setRevealing(false);
    }
  };

  if (items.length === 0) {
    return (
      <Section title={t('app-order-title')}>
        <p className="card-text">{t('app-delivery-nothing')}</p>
      </Section>
    );
  }

  if (!revealed) {
    const seen = items.some((i) => i.revealedAt);
    return (
      <>
        <Section
          title={t('app-delivery-your-items', { count: items.length })}
          footer={seen ? t('app-delivery-seen') : t('app-delivery-first-reveal')}
        >
          {items.map((item, i) => (
            <div className="masked-item" key={item.id}>
              <span className="masked-icon" aria-hidden="true">
                <LockIcon size={18} />
              </span>
              <span className="masked-main">
                <span className="masked-preview" data-testid="masked-preview">
                  {item.preview || '••••••••'}
                </span>
                <span className="row-subtitle">
                  {items.length > 1 ? `${t('app-item-number', { number: i + 1 })} · ` : ''}
                  {item.revealedAt
                    ? t('app-delivery-revealed-at', { when: formatDateTime(item.revealedAt, i18n.locale) })
                    : t('app-delivery-not-revealed')}
                </span>
              </span>
            </div>
          ))}
          <div className="section-actions">
            <Button block loading={revealing} onClick={onReveal} icon={<EyeIcon size={18} />}>
              {t('app-delivery-reveal', { count: items.length })}
            </Button>
          </div>
        </Section>
        {error ? <Notice tone="danger">{describeError(error, i18n)}</Notice> : null}
      </>
    );
  }

  const revealedItems = revealed.items ?? [];
  return (
    <>
      {revealedItems.map((item, i) => (
        <Section
          key={item.id}
          title={
            revealedItems.length === 1
              ? t('app-delivery-your-items', { count: 1 })
              : t('app-item-number', { number: i + 1 })
          }
        >
          {item.file ? (
            <RevealedFileView requestId={request.id} itemId={item.id} file={item.file} newLink={newLink} />
          ) : null}
          {(item.fields ?? []).map((f) => (
            <SecretField key={f.name} label={f.label || f.name} value={f.value} sensitive={f.sensitive} />
          ))}
        </Section>
      ))}
      {revealed.instructions?.trim() ? (
        <Section title={t('app-delivery-how-to-use')}>
          <p className="card-text instructions">{revealed.instructions.trim()}</p>
        </Section>
      ) : null}
      <div className="button-row">
        <Button
          variant="secondary"
          icon={<DownloadIcon size={18} />}
          onClick={() => downloadText(fileNameFor(request.title, request.id), requestAsText(t, request, revealed))}
        >
          {t('app-delivery-download-text')}
        </Button>
        <Button variant="plain" onClick={() => setRevealed(null)}>
          {t('app-delivery-hide')}
        </Button>
      </div>
    </>
  );
}
