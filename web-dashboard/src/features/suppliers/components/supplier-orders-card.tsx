import { SUPPLIER_ORDER_STATUSES, type SupplierOrder, type SupplierOrderStatus } from '@codepool/shared';
import { describeError, formatDateTime } from '@codepool/shared/client';
import { useState } from 'react';
import { Badge, type Tone } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatCount, formatRelative, shortId } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { useCancelSupplierOrder } from '../api/cancel-supplier-order.ts';
import { useSupplierOrders } from '../api/list-supplier-orders.ts';
import { useRetrySupplierOrder } from '../api/retry-supplier-order.ts';
import { formatMoney } from '../lib/money.ts';

export const ORDER_STATUS: Record<SupplierOrderStatus, { label: string; tone: Tone }> = {
  pending: { label: 'Pending', tone: 'gray' },
  placing: { label: 'Placing', tone: 'blue' },
  processing: { label: 'Processing', tone: 'blue' },
  completed: { label: 'Completed', tone: 'green' },
  failed: { label: 'Failed', tone: 'red' },
  canceled: { label: 'Canceled', tone: 'neutral' },
};

type Filter = SupplierOrderStatus | 'all';
const TABS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  ...SUPPLIER_ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS[s].label })),
];

/** When the order acts next: its next attempt while open, else when it gives up on its keys. */
function NextCell({ order }: { order: SupplierOrder }) {
  const open = order.status === 'pending' || order.status === 'placing' || order.status === 'processing';
  if (!open) return <span className="muted">—</span>;
  return (
    <span className="stack-sm small">
      {order.nextAttemptAt && (
        <span title={formatDateTime(order.nextAttemptAt)}>next {formatRelative(order.nextAttemptAt)}</span>
      )}
      {order.deadlineAt && (
        <span className="muted" title={formatDateTime(order.deadlineAt)}>
          gives up {formatRelative(order.deadlineAt)}
        </span>
      )}
    </span>
  );
}

/** A pool's supplier orders, newest first: what was bought, how it went, Retry and Cancel. */
export function SupplierOrdersCard({ poolId }: { poolId: string }) {
  const [filter, setFilter] = useState<Filter>('all');
  const orders = useSupplierOrders(poolId, filter === 'all' ? undefined : filter);
  const retry = useRetrySupplierOrder(poolId);
  const cancel = useCancelSupplierOrder(poolId);
  const [canceling, setCanceling] = useState<SupplierOrder | null>(null);
  const rows = orders.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      padded={false}
      testId="supplier-orders"
      title="Supplier orders"
      description="Bought for a sale, or to restock. Updates live."
    >
      <div className="toolbar">
        <FilterTabs label="Status" options={TABS} value={filter} onChange={setFilter} />
      </div>
      {orders.isPending ? (
        <div className="pad">
          <LoadingState rows={3} />
        </div>
      ) : orders.isError ? (
        <div className="pad">
          <ErrorState error={orders.error} onRetry={() => orders.refetch()} />
        </div>
      ) : rows.length === 0 ? (
        <EmptyState
          title={filter === 'all' ? 'No supplier orders yet' : `No ${ORDER_STATUS[filter].label.toLowerCase()} orders`}
        >
          Orders appear here when a sale needs more than the pool holds, or a restock is due.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="supplier-orders-table">
            <thead>
              <tr>
                <th>Created</th>
                <th>Status</th>
                <th>For</th>
                <th className="num">Qty</th>
                <th className="num">Attempts</th>
                <th className="num">Cost</th>
                <th className="num">Keys</th>
                <th>Last error</th>
                <th>Next</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} data-testid={`supplier-order-${o.id}`}>
                  <td className="nowrap" title={o.supplierOrderId ? `Supplier's id: ${o.supplierOrderId}` : undefined}>
                    {formatDateTime(o.createdAt)}
                  </td>
                  <td>
                    <Badge tone={ORDER_STATUS[o.status].tone}>{ORDER_STATUS[o.status].label}</Badge>
                  </td>
                  <td className="nowrap">
                    {o.purpose === 'sale' && o.requestId ? (
                      <Link to="/orders" title={`Order ${o.requestId}`}>
                        Sale #{shortId(o.requestId)}
                      </Link>
                    ) : (
                      'Restock'
                    )}
                  </td>
                  <td className="num">{formatCount(o.quantity)}</td>
                  <td className="num">{formatCount(o.attempts)}</td>
                  <td
                    className="num nowrap"
                    title={o.unitCost === null ? undefined : `${formatMoney(o.unitCost, o.currency)} each`}
                  >
                    {formatMoney(o.totalCost, o.currency)}
                  </td>
                  <td className="num">
                    {formatCount(o.keysReceived)}/{formatCount(o.quantity)}
                  </td>
                  <td className="truncate" title={o.lastError ?? undefined}>
                    {o.lastError ?? <span className="muted">—</span>}
                  </td>
                  <td className="nowrap">
                    <NextCell order={o} />
                  </td>
                  <td className="actions">
                    {o.canRetry && (
                      <Button
                        size="sm"
                        variant="secondary"
                        loading={retry.isPending && retry.variables === o.id}
                        onClick={() =>
                          retry.mutate(o.id, {
                            onSuccess: () => toast('Retrying the order now'),
                            onError: (e) => toast(describeError(e), 'error'),
                          })
                        }
                      >
                        Retry
                      </Button>
                    )}
                    {o.canCancel && (
                      <Button size="sm" variant="plain" onClick={() => setCanceling(o)}>
                        Cancel
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders.hasNextPage && (
        <div className="pager">
          <span className="muted">{formatCount(rows.length)} shown</span>
          <Button
            variant="secondary"
            size="sm"
            loading={orders.isFetchingNextPage}
            onClick={() => orders.fetchNextPage()}
          >
            Load more
          </Button>
        </div>
      )}
      {canceling && (
        <ConfirmDialog
          title="Cancel this supplier order?"
          confirmLabel="Cancel order"
          danger
          busy={cancel.isPending}
          error={cancel.error}
          onClose={() => {
            setCanceling(null);
            cancel.reset();
          }}
          onConfirm={() =>
            cancel.mutate(canceling.id, {
              onSuccess: () => {
                toast('Supplier order canceled');
                setCanceling(null);
              },
            })
          }
        >
          {canceling.purpose === 'sale' ? (
            <p>
              The buyer’s order is then delivered from the pool’s own stock if it has enough, or refunded. Keys the
              supplier sends later are not delivered for it.
            </p>
          ) : (
            <p>This restock is not bought. The pool restocks again the next time it runs low.</p>
          )}
        </ConfirmDialog>
      )}
    </Card>
  );
}
