import { type PurchaseRequest, REQUEST_STATUSES, type RequestStatus } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { RequestsIcon } from '../../../components/icons.tsx';
import { Pager } from '../../../components/pager.tsx';
import { Stars } from '../../../components/stars.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { shortId } from '../../../lib/format.ts';
import { useRequests } from '../api/list-requests.ts';
import { RequestDialog } from './request-dialog.tsx';
import { REQUEST_STATUS, RequestStatusBadge } from './request-status.tsx';

type Filter = RequestStatus | 'all';

const FIRST: RequestStatus[] = ['funded', 'preparing', 'disputed', 'awaiting_stock', 'delivered', 'completed'];
const TABS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  ...FIRST.map((s) => ({ value: s, label: REQUEST_STATUS[s].label.replace(': deliver', '') })),
  ...REQUEST_STATUSES.filter((s) => !FIRST.includes(s)).map((s) => ({ value: s, label: REQUEST_STATUS[s].label })),
];

function ActionCell({ request, onOpen }: { request: PurchaseRequest; onOpen: () => void }) {
  if (request.status === 'funded')
    return (
      <Button size="sm" variant="primary" onClick={onOpen}>
        Deliver
      </Button>
    );
  if (request.status === 'disputed')
    return (
      <Button size="sm" variant="danger" onClick={onOpen}>
        Resolve
      </Button>
    );
  return (
    <Button size="sm" variant="plain" onClick={onOpen}>
      Details
    </Button>
  );
}

/** Purchase requests of the seller's listings, by status, with manual delivery and dispute answers. */
export function RequestsView() {
  const [filter, setFilter] = useState<Filter>('all');
  const pages = useCursorPages();
  // The order as it was opened: the dialog stays up while the list refreshes around it (a
  // delivered order leaves the "Paid" filter the moment the list reloads).
  const [opened, setOpened] = useState<PurchaseRequest | null>(null);
  const requests = useRequests(filter === 'all' ? undefined : filter, pages.cursor);
  const open = opened ? (requests.data?.items.find((o) => o.id === opened.id) ?? opened) : null;

  return (
    <Card
      padded={false}
      title={
        <FilterTabs
          label="Filter orders by status"
          options={TABS}
          value={filter}
          onChange={(f) => {
            setFilter(f);
            pages.reset();
          }}
        />
      }
    >
      {requests.isPending ? (
        <div className="pad">
          <LoadingState />
        </div>
      ) : requests.isError ? (
        <div className="pad">
          <ErrorState error={requests.error} onRetry={() => requests.refetch()} />
        </div>
      ) : requests.data.items.length === 0 ? (
        <EmptyState icon={<RequestsIcon size={28} />} title={filter === 'all' ? 'No orders yet' : 'Nothing here'}>
          {filter === 'all'
            ? 'Orders appear here the moment a buyer opens one, and update live.'
            : `No orders are ${REQUEST_STATUS[filter as RequestStatus].label.toLowerCase()}.`}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="requests-table">
            <thead>
              <tr>
                <th>Opened</th>
                <th>Listing</th>
                <th className="num">Qty</th>
                <th className="num">Total</th>
                <th>Status</th>
                <th>Buyer</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {requests.data.items.map((o) => (
                <tr key={o.id}>
                  <td className="nowrap">{formatDateTime(o.createdAt)}</td>
                  <td className="row-title">{o.title}</td>
                  <td className="num">{o.quantity}</td>
                  <td className="num strong">
                    <Stars n={o.total} />
                  </td>
                  <td>
                    <RequestStatusBadge status={o.status} />
                  </td>
                  <td className="mono small">{shortId(o.buyerId)}</td>
                  <td className="actions">
                    <ActionCell request={o} onOpen={() => setOpened(o)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...pages.pagerFor(requests)} />
      {open && <RequestDialog request={open} onClose={() => setOpened(null)} />}
    </Card>
  );
}
