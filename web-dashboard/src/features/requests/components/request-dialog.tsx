import type { AuditEntry, PurchaseRequest } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { TextAreaField } from '../../../components/field.tsx';
import { Stars } from '../../../components/stars.tsx';
import { ErrorState, InlineError, LoadingState } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatRelative, shortId } from '../../../lib/format.ts';
import { useDeliverRequest } from '../api/deliver-request.ts';
import { useRequestHistory } from '../api/get-request-history.ts';
import { useResolveDispute } from '../api/resolve-dispute.ts';
import { RequestStatusBadge } from './request-status.tsx';

const EVENTS: Record<string, string> = {
  'request.created': 'Order opened',
  'request.funded': 'Paid into escrow',
  'request.awaiting_stock': 'Waiting for stock',
  'request.manual_delivery_needed': 'Waiting for you to deliver',
  'request.delivered': 'Delivered',
  'delivery.revealed': 'Buyer revealed the items',
  'dispute.opened': 'Buyer reported a problem',
  'dispute.replaced': 'Replaced',
  'request.refund_started': 'Refund started',
  'request.refunded': 'Refunded',
  'request.completed': 'Completed: escrow released to you',
  'request.cancelled': 'Cancelled',
  'request.expired': 'Expired unpaid',
  'payment.late_refunding': 'Late payment given back',
};

const REASONS: Record<string, string> = {
  invalid: 'the code does not work',
  already_used: 'the code was already used',
  wrong_region: 'wrong region',
  other: 'something else',
};

function Timeline({ entries }: { entries: AuditEntry[] }) {
  return (
    <ol className="timeline" data-testid="request-timeline">
      {[...entries].reverse().map((e) => (
        <li key={e.id}>
          <span className="timeline-dot" />
          <div>
            <div>
              {EVENTS[e.action] ?? e.action}
              {e.action === 'dispute.opened' && typeof e.metadata.reason === 'string' && (
                <span className="muted">: {REASONS[e.metadata.reason] ?? e.metadata.reason}</span>
              )}
            </div>
            <div className="muted small">
              {formatDateTime(e.createdAt)} · {e.byYou ? 'you' : e.actorType}
            </div>
          </div>
        </li>
      ))}
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
              toast('Delivered: the buyer has been told');
              onDone();
            },
          },
        );
      }}
    >
      <TextAreaField
        label={`Deliver by hand: ${owed} item${owed > 1 ? 's' : ''}, one per line`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={Math.min(8, Math.max(3, owed + 1))}
        spellCheck={false}
        className="input textarea mono"
        hint={`${lines.length} of ${owed} entered. Stored encrypted; only the buyer can reveal it.`}
      />
      <InlineError error={deliver.error} />
      <Button type="submit" variant="primary" loading={deliver.isPending} disabled={lines.length !== owed}>
        Deliver {owed > 1 ? `${owed} items` : 'item'}
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
  const cost = request.openDispute?.refundCost;
  const act = (action: 'replace' | 'refund') =>
    resolve.mutate(
      { requestId: request.id, action },
      {
        onSuccess: () => {
          toast(action === 'replace' ? 'Replacement delivered' : 'Refund started');
          onDone();
        },
      },
    );
  return (
    <div className="dispute-box">
      <p>
        Answer the dispute: <strong>replace</strong> draws fresh items from the same pool (the disputed ones are
        burned), <strong>refund</strong> gives the buyer their Stars back.
      </p>
      {cost && (
        <p className="refund-cost" data-testid="refund-cost">
          {cost.disputedItems < cost.items ? (
            <>
              {cost.disputedItems} of {cost.items} items are disputed. Replace sends {cost.disputedItems} new item
              {cost.disputedItems > 1 ? 's' : ''} from stock. A refund returns the <strong>whole charge</strong>,{' '}
              <Stars n={cost.amount} />, and the {cost.items - cost.disputedItems} item
              {cost.items - cost.disputedItems > 1 ? 's' : ''} not disputed are not returned to you.
            </>
          ) : (
            <>
              A refund returns <Stars n={cost.amount} /> to the buyer.
            </>
          )}
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
          Replace items
        </Button>
        <Button
          variant="danger"
          loading={resolve.isPending && resolve.variables?.action === 'refund'}
          disabled={resolve.isPending}
          onClick={() => act('refund')}
        >
          Refund buyer
        </Button>
      </div>
    </div>
  );
}

/** One order: what was bought, the masked items, its history, and what the seller can do now. */
export function RequestDialog({ request, onClose }: { request: PurchaseRequest; onClose: () => void }) {
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
            <dt>Status</dt>
            <dd>
              <RequestStatusBadge status={request.status} />
            </dd>
            <dt>Order</dt>
            <dd className="mono">{shortId(request.id)}</dd>
            <dt>Quantity</dt>
            <dd>
              {request.quantity} × <Stars n={request.unitPrice} /> ={' '}
              <strong>
                <Stars n={request.total} />
              </strong>
            </dd>
            <dt>Buyer</dt>
            <dd className="mono">{shortId(request.buyerId)}</dd>
            <dt>Opened</dt>
            <dd>{formatDateTime(request.createdAt)}</dd>
            {request.disputeWindowEndsAt && request.status === 'delivered' && (
              <>
                <dt>Dispute window</dt>
                <dd>ends {formatRelative(request.disputeWindowEndsAt)}</dd>
              </>
            )}
          </dl>
          {request.items.length > 0 && (
            <div>
              <h3 className="subheading">Items</h3>
              <ul className="previews">
                {request.items.map((i) => (
                  <li key={i.id}>
                    <span className="mono">{i.preview}</span>
                    <span className="muted small">
                      {i.revealedAt ? `revealed ${formatDateTime(i.revealedAt)}` : 'not revealed'}
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
          <h3 className="subheading">History</h3>
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
