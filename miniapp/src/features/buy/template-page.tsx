import type { PublicTemplate } from '@codepool/shared';
import { isNotFound } from '@codepool/shared/client';
import { useState } from 'react';
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

export function TemplatePage({ id }: { id: string }) {
  const template = useApi(`template:${id}`, (signal) => getTemplate(id, signal));
  return (
    <Page back={{ name: 'home' }}>
      {template.status === 'loading' ? <PageSkeleton /> : null}
      {template.status === 'error' ? (
        isNotFound(template.error) ? (
          <EmptyState icon={<SearchIcon size={30} />} title="Listing not found">
            This listing does not exist any more. Ask the seller for a fresh link.
          </EmptyState>
        ) : (
          <ErrorState error={template.error} onRetry={template.reload} />
        )
      ) : null}
      {template.status === 'ready' ? <TemplateView template={template.data} /> : null}
    </Page>
  );
}

type Message = { tone: 'warning' | 'danger'; text: string; requestId?: string };

function TemplateView({ template }: { template: PublicTemplate }) {
  const maxQuantity = Math.max(1, template.maxQuantity || 1);
  const [quantity, setQuantity] = useState(1);
  const [phase, setPhase] = useState<'idle' | 'requesting' | 'paying'>('idle');
  const [message, setMessage] = useState<Message | null>(null);
  const total = (template.price ?? 0) * quantity;
  const canBuy = template.purchasable;

  const buy = async () => {
    if (!canBuy || phase !== 'idle') return;
    haptic.tap();
    setMessage(null);
    setPhase('requesting');
    let requestId: string;
    try {
      requestId = (await createRequest({ templateId: template.id, quantity })).id;
    } catch (e) {
      haptic.error();
      setMessage({ tone: 'danger', text: describeError(e) });
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
  const buttonText = !canBuy ? 'Not available' : `Buy for ${formatStars(total)}`;
  const native = useMainButton({ text: buttonText, onClick: buy, enabled: canBuy, loading: busy });

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
            <Stars amount={template.price} size={20} />
          </span>
          {!canBuy ? (
            <Chip tone="neutral">Paused</Chip>
          ) : template.inStock ? (
            <Chip tone="success">In stock</Chip>
          ) : (
            <Chip tone="warning">Out of stock</Chip>
          )}
        </div>
      </div>

      {!canBuy ? (
        <Notice tone="warning" title="Not available right now">
          The seller has paused this listing. Check back later.
        </Notice>
      ) : !template.inStock ? (
        <Notice tone="warning" title="Out of stock">
          You can still order: it is delivered automatically the moment the seller restocks.
        </Notice>
      ) : null}

      {template.description?.trim() ? (
        <Section title="About">
          <p className="card-text">{template.description.trim()}</p>
        </Section>
      ) : null}

      {canBuy ? (
        <Section
          title="Your order"
          footer="Paid in Telegram Stars and held in escrow until you confirm the code works."
        >
          <Row
            title="Quantity"
            subtitle={maxQuantity > 1 ? `Up to ${maxQuantity} per order` : 'One per order'}
            after={<QuantityStepper value={quantity} min={1} max={maxQuantity} onChange={setQuantity} />}
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
