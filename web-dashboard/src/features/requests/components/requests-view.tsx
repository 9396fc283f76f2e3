import { type PurchaseRequest, REQUEST_STATUSES, type RequestStatus } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { RequestsIcon } from '../../../components/icons.tsx';
import { Pager } from '../../../components/pager.tsx';
import { Stars } from '../../../components/stars.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { shortId, useFormat } from '../../../lib/format.ts';
import { useRequests } from '../api/list-requests.ts';
import { RequestDialog } from './request-dialog.tsx';
import { RequestStatusBadge } from './request-status.tsx';

type Filter = RequestStatus | 'all';

const FIRST: RequestStatus[] = ['funded', 'preparing', 'disputed', 'awaiting_stock', 'delivered', 'completed'];
const FILTERS: Filter[] = ['all', ...FIRST, ...REQUEST_STATUSES.filter((s) => !FIRST.includes(s))];

// A tab names its status as the badge does, except "Paid", whose badge also says what to do.
const tabLabel = (t: Translate, f: Filter) =>
  f === 'all'
    ? t('dash-orders-filter-all')
    : f === 'funded'
      ? t('dash-orders-filter-funded')
      : t(`dash-order-status-${f}`);

function ActionCell({ request, onOpen }: { request: PurchaseRequest; onOpen: () => void }) {
  const t = useT();
  if (request.status === 'funded')
    return (
      <Button size="sm" variant="primary" onClick={onOpen}>
        {t('dash-orders-deliver')}
      </Button>
    );
  if (request.status === 'disputed')
    return (
      <Button size="sm" variant="danger" onClick={onOpen}>
        {t('dash-orders-resolve')}
      </Button>
    );
  return (
    <Button size="sm" variant="plain" onClick={onOpen}>
      {t('dash-orders-details')}
    </Button>
  );
}

/** Purchase requests of the seller's listings, by status, with manual delivery and dispute answers. */
export function RequestsView() {
  const t = useT();
  const f = useFormat();
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
          label={t('dash-orders-filter-label')}
          options={FILTERS.map((value) => ({ value, label: tabLabel(t, value) }))}
          value={filter}
          onChange={(next) => {
            setFilter(next);
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
        <EmptyState
          icon={<RequestsIcon size={28} />}
          title={filter === 'all' ? t('dash-orders-empty-title') : t('dash-orders-empty-filtered-title')}
        >
          {filter === 'all' ? t('dash-orders-empty') : t('dash-orders-empty-filtered', { status: filter })}
        </EmptyState>
      ) : (
        <TableWrap>
          <table className="table" data-testid="requests-table">
            <thead>
              <tr>
                <th>{t('dash-orders-col-opened')}</th>
                <th>{t('dash-orders-col-listing')}</th>
                <th className="num">{t('dash-orders-col-quantity')}</th>
                <th className="num">{t('dash-orders-col-total')}</th>
                <th>{t('dash-orders-col-status')}</th>
                <th>{t('dash-orders-col-buyer')}</th>
                <th>
                  <span className="sr-only">{t('dash-table-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.data.items.map((o) => (
                <tr key={o.id}>
                  <td className="nowrap">{f.dateTime(o.createdAt)}</td>
                  <td className="row-title">{o.title}</td>
                  <td className="num">{f.count(o.quantity)}</td>
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
        </TableWrap>
      )}
      <Pager {...pages.pagerFor(requests)} />
      {open && <RequestDialog request={open} onClose={() => setOpened(null)} />}
    </Card>
  );
}
