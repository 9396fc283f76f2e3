import type { PublicTemplate, PublicVariant } from '@codepool/shared';
import { isNotFound } from '@codepool/shared/client';
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
  return (
    <EmptyState icon={<SearchIcon size={30} />} title="Listing not found">
      This listing does not exist any more. Ask the seller for a fresh link.
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
      const refusal = purchaseRefusal(e);
      setMessage({ tone: 'danger', title: refusal?.title, text: describeError(e) });
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
        text: unpaidMessage(outcome),
        requestId,
      });
    } catch (e) {
      haptic.error();
      setMessage({ tone: 'danger', text: describeError(e), requestId });
    }
    setPhase('idle');
  };

  const busy = phase !== 'idle';
  const buttonText = canBuy
    ? `Buy for ${formatStars(total)}`
    : (chosen && !paused && unavailableReason(chosen)) || 'Not available';
  const native = useMainButton({ text: buttonText, onClick: buy, enabled: canBuy, loading: busy });
  // Only a one-variant listing says these beside the quantity; the picker says them per option.
  const quantityNotes = chosen
    ? [perOrderText(chosen), ...(several ? [] : [leftText(chosen), limitText(chosen)])].filter(
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
        <h1 className="hero-title">{template.title || 'Listing'}</h1>
        {template.sellerName ? <p className="hero-sub">Sold by {template.sellerName}</p> : null}
        <div className="hero-meta">
          <span className="hero-price">
            <Stars amount={price} size={20} />
          </span>
          <StockChip template={template} chosen={chosen} />
        </div>
      </div>

      {linkGone ? (
        <Notice tone="warning" title="That option is no longer sold">
          {variants.length > 0 ? 'Choose another one below.' : null}
        </Notice>
      ) : null}

      <ChosenNotice template={template} chosen={chosen} several={several} />

      {template.description?.trim() ? (
        <Section title="About">
          <p className="card-text">{template.description.trim()}</p>
        </Section>
      ) : null}

      {several && !paused ? <VariantPicker variants={variants} chosenId={chosen?.id} onChoose={choose} /> : null}

      {soldOut.length > 0 && !paused ? (
        <Section title="Sold out" footer="We message you in Telegram when the seller restocks.">
          {soldOut.map((v) => (
            <Row
              key={v.id}
              title={v.title}
              after={
                <WatchButton templateId={template.id} variantId={v.id} label="Notify me" doneText="We will tell you" />
              }
            />
          ))}
        </Section>
      ) : null}

      {canBuy ? (
        <Section
          title="Your order"
          footer="Paid in Telegram Stars and held in escrow until you confirm the code works."
        >
          {several && chosen ? <Row title="Option" after={<strong>{chosen.title}</strong>} /> : null}
          <Row
            title="Quantity"
            subtitle={quantityNotes.join(' · ')}
            after={<QuantityStepper value={quantity} min={min} max={max} onChange={setQuantity} />}
          />
          <Row
            title="Total"
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
          action={message.requestId ? <Link to={{ name: 'request', id: message.requestId }}>View order</Link> : null}
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
  if (isPaused(template) || chosen?.blockedBy === 'paused') return <Chip tone="neutral">Paused</Chip>;
  if (chosen && chosen.blockedBy !== null) return <Chip tone="warning">{blockLabel(chosen.blockedBy)}</Chip>;
  const inStock = chosen?.inStock ?? template.inStock;
  return inStock ? <Chip tone="success">In stock</Chip> : <Chip tone="warning">Out of stock</Chip>;
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
  const paused = (
    <Notice tone="warning" title="Not available right now">
      The seller has paused this listing. Check back later.
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
        several ? `${chosen.title} is sold out` : 'Sold out',
        'Ask to be told when it is back: we message you in Telegram the moment the seller restocks.',
        <WatchButton templateId={template.id} variantId={chosen.id} />,
      );
    case 'variant_cap':
      return notice(
        'Sold out',
        several
          ? 'Every unit of this option has been sold. Choose another option.'
          : 'Every unit of this limited edition has been sold.',
      );
    case 'listing_cap':
      return notice('Sold out', 'Every unit of this limited edition has been sold.');
    case 'buyer_limit': {
      // A lifetime limit never frees up; a daily or weekly one does.
      const later = chosen.buyerLimit?.period === 'lifetime' ? '' : ' You can buy again later.';
      const other = several ? ' Or choose another option.' : '';
      return notice('Your limit reached', `${limitText(chosen) ?? 'You have reached your limit'}.${later}${other}`);
    }
    case null:
      if (!canOrder(chosen)) {
        const other = several ? ' Choose another option.' : '';
        return notice('Not enough left', `Fewer are left than the smallest order (${chosen.minPerOrder}).${other}`);
      }
      return chosen.inStock
        ? null
        : notice('Out of stock', 'You can still order: it is delivered automatically the moment the seller restocks.');
  }
}
