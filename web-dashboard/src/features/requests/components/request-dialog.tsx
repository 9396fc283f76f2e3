import { type AuditEntry, DISPUTE_REASONS, type DisputeReason, type PurchaseRequest } from '@codepool/shared';
import type { Translator } from '@codepool/shared/i18n';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { Stars } from '../../../components/stars.tsx';
import { ErrorState, InlineError, LoadingState } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { shortId, useFormat } from '../../../lib/format.ts';
import { useDeliverRequest } from '../api/deliver-request.ts';
import { useRequestHistory } from '../api/get-request-history.ts';
import { useResolveDispute } from '../api/resolve-dispute.ts';
import { fill, slot } from '../lib/fill.ts';
import { RequestStatusBadge } from './request-status.tsx';

/** An event of the order's history in the seller's words; an event only the audit log names reads as it does there. */
function eventLabel({ t, has }: Translator, action: string) {
  // Fluent ids have no dots: `request.funded` is `dash-order-event-request-funded`.
  const key = action.replace('.', '-');
  if (has(`dash-order-event-${key}`)) return t(`dash-order-event-${key}`);
  if (has(`dash-audit-action-${key}`)) return t(`dash-audit-action-${key}`);
  return action;
}

const isDisputeReason = (v: unknown): v is DisputeReason => DISPUTE_REASONS.includes(v as DisputeReason);

function Timeline({ entries }: { entries: AuditEntry[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
  return (
    <ol className="timeline" data-testid="request-timeline">
      {[...entries].reverse().map((e) => {
        const reason = e.metadata.reason;
        return (
          <li key={e.id}>
            <span className="timeline-dot" />
            <div>
              <div>
                {eventLabel(i18n, e.action)}
                {e.action === 'dispute.opened' && typeof reason === 'string' && (
                  <span className="muted">: {isDisputeReason(reason) ? t(`dispute-reason-${reason}`) : reason}</span>
                )}
              </div>
              <div className="muted small">
                {f.dateTime(e.createdAt)} · {t(`dash-order-by-${e.byYou ? 'you' : e.actorType}`)}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

type DeliverMutation = ReturnType<typeof useDeliverRequest>;
type ResolveMutation = ReturnType<typeof useResolveDispute>;

function DeliverForm({
  request,
  deliver,
  onDone,
}: {
  request: PurchaseRequest;
  deliver: DeliverMutation;
  onDone: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  // After a replaced dispute only the burned items are owed, not the whole order.
  const owed = request.itemsOwed || request.quantity;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <form
      className="deliver-form"
      onSubmit={(e) => {
        e.preventDefault();
        deliver.mutate(
          { requestId: request.id, contents: lines },
          {
            onSuccess: () => {
              toast(t('dash-order-delivered-toast'));
              onDone();
            },
          },
        );
      }}
    >
      <TextAreaField
        label={t('dash-order-deliver-label', { count: owed })}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={Math.min(8, Math.max(3, owed + 1))}
        spellCheck={false}
        className="input textarea mono"
        hint={t('dash-order-deliver-hint', { entered: lines.length, count: owed })}
      />
      <InlineError error={deliver.error} />
      <Button type="submit" variant="primary" loading={deliver.isPending} disabled={lines.length !== owed}>
        {t('dash-order-deliver-submit', { count: owed })}
      </Button>
    </form>
  );
}

function DisputeActions({
  request,
  resolve,
  onDone,
}: {
  request: PurchaseRequest;
  resolve: ResolveMutation;
  onDone: () => void;
}) {
  const t = useT();
  const cost = request.openDispute?.refundCost;
  const act = (action: 'replace' | 'refund') =>
    resolve.mutate(
      { requestId: request.id, action },
      {
        onSuccess: () => {
          toast(action === 'replace' ? t('dash-dispute-replaced-toast') : t('dash-dispute-refund-started-toast'));
          onDone();
        },
      },
    );
  return (
    <div className="dispute-box">
      <p>
        {fill(t('dash-dispute-help', { replace: slot('replace'), refund: slot('refund') }), {
          replace: <strong>{t('dash-dispute-help-replace')}</strong>,
          refund: <strong>{t('dash-dispute-help-refund')}</strong>,
        })}
      </p>
      {cost && (
        <p className="refund-cost" data-testid="refund-cost">
          {cost.disputedItems < cost.items
            ? fill(
                t('dash-dispute-refund-cost-partial', {
                  disputed: cost.disputedItems,
                  items: cost.items,
                  kept: cost.items - cost.disputedItems,
                  whole: slot('whole'),
                  amount: slot('amount'),
                }),
                { whole: <strong>{t('dash-dispute-whole-charge')}</strong>, amount: <Stars n={cost.amount} /> },
              )
            : fill(t('dash-dispute-refund-cost-full', { amount: slot('amount') }), {
                amount: <Stars n={cost.amount} />,
              })}
        </p>
      )}
      <InlineError error={resolve.error} />
      <div className="actions-row">
        <Button
          variant="primary"
          loading={resolve.isPending && resolve.variables?.action === 'replace'}
          disabled={resolve.isPending}
          onClick={() => act('replace')}
        >
          {t('dash-dispute-replace')}
        </Button>
        <Button
          variant="danger"
          loading={resolve.isPending && resolve.variables?.action === 'refund'}
          disabled={resolve.isPending}
          onClick={() => act('refund')}
        >
          {t('dash-dispute-refund')}
        </Button>
      </div>
    </div>
  );
}

/** One order: what was bought, the masked items, its history, and what the seller can do now. */
export function RequestDialog({ request, onClose }: { request: PurchaseRequest; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const history = useRequestHistory(request.id);
  // Held here, not in the forms: a form leaves as soon as the refreshed order no longer needs
  // it, and its mutation's callbacks must still run.
  const deliver = useDeliverRequest();
  const resolve = useResolveDispute();
  return (
    <Dialog wide title={request.title} onClose={onClose}>
      <div className="order-detail">
        <div className="stack">
          <dl className="facts">
            <dt>{t('dash-order-status')}</dt>
            <dd>
              <RequestStatusBadge status={request.status} />
            </dd>
            <dt>{t('dash-order-id')}</dt>
            <dd className="mono">{shortId(request.id)}</dd>
            <dt>{t('dash-order-quantity')}</dt>
            <dd>
              {f.count(request.quantity)} × <Stars n={request.unitPrice} /> ={' '}
              <strong>
                <Stars n={request.total} />
              </strong>
            </dd>
            <dt>{t('dash-order-buyer')}</dt>
            <dd className="mono">{shortId(request.buyerId)}</dd>
            <dt>{t('dash-order-opened')}</dt>
            <dd>{f.dateTime(request.createdAt)}</dd>
            {request.disputeWindowEndsAt && request.status === 'delivered' && (
              <>
                <dt>{t('dash-order-dispute-window')}</dt>
                <dd>{t('dash-order-dispute-window-ends', { when: f.relative(request.disputeWindowEndsAt) })}</dd>
              </>
            )}
          </dl>
          {request.items.length > 0 && (
            <div>
              <h3 className="subheading">{t('dash-order-items')}</h3>
              <ul className="previews">
                {request.items.map((i) => (
                  <li key={i.id}>
                    <span className="mono">{i.preview}</span>
                    <span className="muted small">
                      {i.revealedAt
                        ? t('dash-order-item-revealed', { when: f.dateTime(i.revealedAt) })
                        : t('dash-order-item-not-revealed')}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {request.status === 'funded' && <DeliverForm request={request} deliver={deliver} onDone={onClose} />}
          {request.status === 'disputed' && <DisputeActions request={request} resolve={resolve} onDone={onClose} />}
        </div>
        <div>
          <h3 className="subheading">{t('dash-order-history')}</h3>
          {history.isPending ? (
            <LoadingState rows={3} />
          ) : history.isError ? (
            <ErrorState error={history.error} onRetry={() => history.refetch()} />
          ) : (
            <Timeline entries={history.data.items} />
          )}
        </div>
      </div>
    </Dialog>
  );
}
