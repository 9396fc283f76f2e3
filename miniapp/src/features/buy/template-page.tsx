import type { PublicTemplate, PublicVariant } from '@codepool/shared';
import { isNotFound } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { type ReactNode, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Chip } from '../../components/chip.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { GiftIcon, SearchIcon } from '../../components/icons.tsx';
import { Link } from '../../components/link.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { Stars } from '../../components/stars.tsx';
import { describeError } from '../../lib/api-client.ts';
import { formatStars } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';
import { haptic, useMainButton } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { createRequest } from '../requests/requests-api.ts';
import { payForRequest, unpaidMessage } from './pay-request.ts';
import { QuantityStepper } from './quantity-stepper.tsx';
import { getTemplate } from './templates-api.ts';
import { VariantPicker } from './variant-picker.tsx';
import {
  blockLabel,
  canOrder,
  initialVariant,
  leftText,
  limitText,
  perOrderText,
  purchaseRefusal,
  unavailableReason,
} from './variant-text.ts';
import { WatchButton } from './watch-button.tsx';

/** A listing for the buyer; `variantId` (from a `v_` deep link) is the option chosen at first. */
export function TemplatePage({ id, variantId }: { id: string; variantId?: string }) {
  const template = useApi(`template:${id}`, (signal) => getTemplate(id, signal));
  return (
    <Page back={{ name: 'home' }}>
      {template.status === 'loading' ? <PageSkeleton /> : null}
      {template.status === 'error' ? (
        isNotFound(template.error) ? (
          <ListingNotFound />
        ) : (
          <ErrorState error={template.error} onRetry={template.reload} />
        )
      ) : null}
      {template.status === 'ready' ? (
        <TemplateView template={template.data} wantedVariantId={variantId} onStale={template.reload} />
      ) : null}
    </Page>
  );
}

export function ListingNotFound() {
  const t = useT();
  return (
    <EmptyState icon={<SearchIcon size={30} />} title={t('app-listing-not-found-title')}>
      {t('app-listing-not-found-text')}
    </EmptyState>
  );
}

type Message = { tone: 'warning' | 'danger'; title?: string; text: string; requestId?: string };

type TemplateViewProps = {
  template: PublicTemplate;
  wantedVariantId: string | undefined;
  /** Loads the listing again: a refusal means what is left, or the buyer's limit, has moved. */
  onStale: () => void;
};

function TemplateView({ template, wantedVariantId, onStale }: TemplateViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const variants = template.variants;
  const several = variants.length > 1;
  const [chosenId, setChosenId] = useState(() => initialVariant(variants, wantedVariantId)?.id);
  // A fresh copy of the listing may no longer hold the chosen variant (the seller removed it).
  const chosen = variants.find((v) => v.id === chosenId) ?? initialVariant(variants);
  const linkGone = wantedVariantId !== undefined && !variants.some((v) => v.id === wantedVariantId);

  const min = chosen?.minPerOrder ?? 1;
  const max = Math.max(min, chosen?.maxNow ?? 1);
  const [wantedQuantity, setQuantity] = useState(min);
  // What is left can shrink under the buyer between loads; the stepper never shows more.
  const quantity = Math.min(max, Math.max(min, wantedQuantity));
  const [phase, setPhase] = useState<'idle' | 'requesting' | 'paying'>('idle');
  const [message, setMessage] = useState<Message | null>(null);

  const paused = isPaused(template);
  const canBuy = !paused && chosen !== undefined && canOrder(chosen);
  const price = chosen?.price ?? template.price;
  const total = price * quantity;

  const choose = (v: PublicVariant) => {
    setChosenId(v.id);
    setQuantity(v.minPerOrder);
    setMessage(null);
  };

  const buy = async () => {
    if (!canBuy || !chosen || phase !== 'idle') return;
    haptic.tap();
    setMessage(null);
    setPhase('requesting');
    let requestId: string;
    try {
      requestId = (await createRequest({ templateId: template.id, variantId: chosen.id, quantity })).id;
    } catch (e) {
      haptic.error();
      const refusal = purchaseRefusal(e, i18n);
      setMessage({ tone: 'danger', title: refusal?.title, text: describeError(e, i18n) });
      if (refusal) onStale();
      setPhase('idle');
      return;
    }
    setPhase('paying');
    try {
      const outcome = await payForRequest(requestId);
      if (outcome === 'paid' || outcome === 'pending') {
        haptic.success();
        // The purchase page waits for the delivery, live over socket.io.
        navigate({ name: 'request', id: requestId });
        return;
      }
      haptic.warning();
      setMessage({
        tone: outcome === 'failed' ? 'danger' : 'warning',
        text: unpaidMessage(t, outcome),
        requestId,
      });
    } catch (e) {
      haptic.error();
      setMessage({ tone: 'danger', text: describeError(e, i18n), requestId });
    }
    setPhase('idle');
  };

  const busy = phase !== 'idle';
  const buttonText = canBuy
    ? t('app-buy-for', { price: formatStars(t, total) })
    : (chosen && !paused && unavailableReason(t, chosen)) || t('app-buy-not-available');
  const native = useMainButton({ text: buttonText, onClick: buy, enabled: canBuy, loading: busy });
  // Only a one-variant listing says these beside the quantity; the picker says them per option.
  const quantityNotes = chosen
    ? [perOrderText(t, chosen), ...(several ? [] : [leftText(t, chosen), limitText(t, chosen)])].filter(
        (n): n is string => n !== null,
      )
    : [];
  const soldOut = several ? variants.filter((v) => v.blockedBy === 'sold_out' && v.id !== chosen?.id) : [];

  return (
    <>
      <div className="hero">
        <div className="hero-art">
          <GiftIcon size={48} />
        </div>
        <h1 className="hero-title">{template.title || t('app-listing-untitled')}</h1>
        {template.sellerName ? (
          <p className="hero-sub">{t('app-listing-sold-by', { seller: template.sellerName })}</p>
        ) : null}
        <div className="hero-meta">
          <span className="hero-price">
            <Stars amount={price} size={20} />
          </span>
          <StockChip template={template} chosen={chosen} />
        </div>
      </div>

      {linkGone ? (
        <Notice tone="warning" title={t('app-listing-link-gone')}>
          {variants.length > 0 ? t('app-listing-link-gone-choose') : null}
        </Notice>
      ) : null}

      <ChosenNotice template={template} chosen={chosen} several={several} />

      {template.description?.trim() ? (
        <Section title={t('app-listing-about')}>
          <p className="card-text">{template.description.trim()}</p>
        </Section>
      ) : null}

      {several && !paused ? <VariantPicker variants={variants} chosenId={chosen?.id} onChoose={choose} /> : null}

      {soldOut.length > 0 && !paused ? (
        <Section title={t('app-listing-sold-out')} footer={t('app-listing-sold-out-footer')}>
          {soldOut.map((v) => (
            <Row
              key={v.id}
              title={v.title}
              after={
                <WatchButton
                  templateId={template.id}
                  variantId={v.id}
                  label={t('app-watch-short')}
                  doneText={t('app-watch-short-done')}
                />
              }
            />
          ))}
        </Section>
      ) : null}

      {canBuy ? (
        <Section title={t('app-order-title')} footer={t('app-order-footer')}>
          {several && chosen ? <Row title={t('app-order-option')} after={<strong>{chosen.title}</strong>} /> : null}
          <Row
            title={t('app-quantity')}
            subtitle={quantityNotes.join(' · ')}
            after={<QuantityStepper value={quantity} min={min} max={max} onChange={setQuantity} />}
          />
          <Row
            title={t('app-order-total')}
            after={
              <strong className="total">
                <Stars amount={total} />
              </strong>
            }
          />
        </Section>
      ) : null}

      {message ? (
        <Notice
          tone={message.tone}
          title={message.title}
          action={
            message.requestId ? (
              <Link to={{ name: 'request', id: message.requestId }}>{t('app-order-view')}</Link>
            ) : null
          }
        >
          {message.text}
        </Notice>
      ) : null}

      {!native && canBuy ? (
        <div className="sticky-action">
          <Button block loading={busy} onClick={buy}>
            {buttonText}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/**
 * Paused by the seller. A listing the system paused because its stock ran out is not
 * purchasable either, but its variants say sold out, and a sold-out listing takes back-in-stock
 * alerts: the buyer is told that, not "paused".
 */
const isPaused = (t: PublicTemplate) => !t.purchasable && t.variants.every((v) => v.blockedBy === 'paused');

function StockChip({ template, chosen }: { template: PublicTemplate; chosen: PublicVariant | undefined }) {
  const t = useT();
  if (isPaused(template) || chosen?.blockedBy === 'paused') {
    return <Chip tone="neutral">{t('app-variant-block-paused')}</Chip>;
  }
  if (chosen && chosen.blockedBy !== null) return <Chip tone="warning">{blockLabel(t, chosen.blockedBy)}</Chip>;
  const inStock = chosen?.inStock ?? template.inStock;
  return inStock ? <Chip tone="success">{t('app-stock-in')}</Chip> : <Chip tone="warning">{t('app-stock-out')}</Chip>;
}

/** What stands between the buyer and the chosen variant, if anything, and what they can do. */
function ChosenNotice({
  template,
  chosen,
  several,
}: {
  template: PublicTemplate;
  chosen: PublicVariant | undefined;
  several: boolean;
}) {
  const t = useT();
  const paused = (
    <Notice tone="warning" title={t('app-notice-paused-title')}>
      {t('app-notice-paused-text')}
    </Notice>
  );
  if (isPaused(template) || !chosen) return paused;
  const notice = (title: string, body: ReactNode, action?: ReactNode) => (
    <Notice tone="warning" title={title} action={action}>
      {body}
    </Notice>
  );
  switch (chosen.blockedBy) {
    case 'paused':
      return paused;
    case 'sold_out':
      return notice(
        several ? t('app-notice-sold-out-option', { option: chosen.title }) : t('app-listing-sold-out'),
        t('app-notice-sold-out-text'),
        <WatchButton templateId={template.id} variantId={chosen.id} />,
      );
    case 'variant_cap':
      return notice(
        t('app-listing-sold-out'),
        several ? t('app-notice-variant-cap-several') : t('app-notice-limited-sold'),
      );
    case 'listing_cap':
      return notice(t('app-listing-sold-out'), t('app-notice-limited-sold'));
    case 'buyer_limit': {
      // A lifetime limit never frees up; a daily or weekly one does.
      const parts = [
        t('app-notice-limit-sentence', { limit: limitText(t, chosen) ?? t('app-notice-limit-reached') }),
        chosen.buyerLimit?.period === 'lifetime' ? null : t('app-notice-limit-later'),
        several ? t('app-notice-limit-other') : null,
      ];
      return notice(t('app-variant-block-buyer_limit'), parts.filter(Boolean).join(' '));
    }
    case null:
      if (!canOrder(chosen)) {
        const text = t('app-notice-not-enough-text', { min: chosen.minPerOrder });
        return notice(t('app-rule-title-variant_cap'), several ? `${text} ${t('app-notice-choose-other')}` : text);
      }
      return chosen.inStock ? null : notice(t('app-stock-out'), t('app-notice-out-of-stock-text'));
  }
}
