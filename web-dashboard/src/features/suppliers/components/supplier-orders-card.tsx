import { SUPPLIER_ORDER_STATUSES, type SupplierOrder, type SupplierOrderStatus } from '@codepool/shared';
import { describeError } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Badge, type Tone } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { FilterTabs } from '../../../components/tabs.tsx';
import { toast } from '../../../components/toast.tsx';
import { shortId, useFormat } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { useCancelSupplierOrder } from '../api/cancel-supplier-order.ts';
import { useSupplierOrders } from '../api/list-supplier-orders.ts';
import { useRetrySupplierOrder } from '../api/retry-supplier-order.ts';
import { formatMoney } from '../lib/money.ts';

const ORDER_TONE: Record<SupplierOrderStatus, Tone> = {
  pending: 'gray',
  placing: 'blue',
  processing: 'blue',
  completed: 'green',
  failed: 'red',
  canceled: 'neutral',
};

type Filter = SupplierOrderStatus | 'all';

/** When the order acts next: its next attempt while open, else when it gives up on its keys. */
function NextCell({ order }: { order: SupplierOrder }) {
  const t = useT();
  const f = useFormat();
  const open = order.status === 'pending' || order.status === 'placing' || order.status === 'processing';
  if (!open) return <span className="muted">—</span>;
  return (
    <span className="stack-sm small">
      {order.nextAttemptAt && (
        <span title={f.dateTime(order.nextAttemptAt)}>
          {t('dash-supplier-orders-next', { when: f.relative(order.nextAttemptAt) })}
        </span>
      )}
      {order.deadlineAt && (
        <span className="muted" title={f.dateTime(order.deadlineAt)}>
          {t('dash-supplier-orders-gives-up', { when: f.relative(order.deadlineAt) })}
        </span>
      )}
    </span>
  );
}

/** A pool's supplier orders, newest first: what was bought, how it went, Retry and Cancel. */
export function SupplierOrdersCard({ poolId }: { poolId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
  const [filter, setFilter] = useState<Filter>('all');
  const orders = useSupplierOrders(poolId, filter === 'all' ? undefined : filter);
  const retry = useRetrySupplierOrder(poolId);
  const cancel = useCancelSupplierOrder(poolId);
  const [canceling, setCanceling] = useState<SupplierOrder | null>(null);
  const rows = orders.data?.pages.flatMap((p) => p.items) ?? [];
  const tabs: { value: Filter; label: string }[] = [
    { value: 'all', label: t('dash-supplier-orders-all') },
    ...SUPPLIER_ORDER_STATUSES.map((s) => ({ value: s, label: t(`dash-supplier-order-status-${s}`) })),
  ];

  return (
    <Card
      padded={false}
      testId="supplier-orders"
      title={t('dash-supplier-orders-title')}
      description={t('dash-supplier-orders-description')}
    >
      <div className="toolbar">
        <FilterTabs label={t('dash-supplier-orders-filter')} options={tabs} value={filter} onChange={setFilter} />
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
          title={filter === 'all' ? t('dash-supplier-orders-empty') : t(`dash-supplier-orders-empty-${filter}`)}
        >
          {t('dash-supplier-orders-empty-text')}
        </EmptyState>
      ) : (
        <TableWrap>
          <table className="table" data-testid="supplier-orders-table">
            <thead>
              <tr>
                <th>{t('dash-supplier-orders-col-created')}</th>
                <th>{t('dash-supplier-orders-col-status')}</th>
                <th>{t('dash-supplier-orders-col-for')}</th>
                <th className="num">{t('dash-supplier-orders-col-quantity')}</th>
                <th className="num">{t('dash-supplier-orders-col-attempts')}</th>
                <th className="num">{t('dash-supplier-orders-col-cost')}</th>
                <th className="num">{t('dash-supplier-orders-col-keys')}</th>
                <th>{t('dash-supplier-orders-col-last-error')}</th>
                <th>{t('dash-supplier-orders-col-next')}</th>
                <th>
                  <span className="sr-only">{t('dash-table-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} data-testid={`supplier-order-${o.id}`}>
                  <td
                    className="nowrap"
                    title={
                      o.supplierOrderId ? t('dash-supplier-orders-supplier-id', { id: o.supplierOrderId }) : undefined
                    }
                  >
                    {f.dateTime(o.createdAt)}
                  </td>
                  <td>
                    <Badge tone={ORDER_TONE[o.status]}>{t(`dash-supplier-order-status-${o.status}`)}</Badge>
                  </td>
                  <td className="nowrap">
                    {o.purpose === 'sale' && o.requestId ? (
                      <Link to="/orders" title={t('dash-supplier-orders-order', { id: o.requestId })}>
                        {t('dash-supplier-orders-sale', { id: shortId(o.requestId) })}
                      </Link>
                    ) : (
                      t('dash-supplier-orders-restock')
                    )}
                  </td>
                  <td className="num">{f.count(o.quantity)}</td>
                  <td className="num">{f.count(o.attempts)}</td>
                  <td
                    className="num nowrap"
                    title={
                      o.unitCost === null
                        ? undefined
                        : t('dash-supplier-orders-each', { amount: formatMoney(o.unitCost, o.currency, i18n) })
                    }
                  >
                    {formatMoney(o.totalCost, o.currency, i18n)}
                  </td>
                  <td className="num">
                    {f.count(o.keysReceived)}/{f.count(o.quantity)}
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
                            onSuccess: () => toast(t('dash-supplier-orders-retrying')),
                            onError: (e) => toast(describeError(e, { i18n }), 'error'),
                          })
                        }
                      >
                        {t('dash-supplier-orders-retry')}
                      </Button>
                    )}
                    {o.canCancel && (
                      <Button size="sm" variant="plain" onClick={() => setCanceling(o)}>
                        {t('dash-supplier-orders-cancel')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {orders.hasNextPage && (
        <div className="pager">
          <span className="muted">{t('dash-supplier-orders-shown', { count: rows.length })}</span>
          <Button
            variant="secondary"
            size="sm"
            loading={orders.isFetchingNextPage}
            onClick={() => orders.fetchNextPage()}
          >
            {t('dash-supplier-orders-load-more')}
          </Button>
        </div>
      )}
      {canceling && (
        <ConfirmDialog
          title={t('dash-supplier-orders-cancel-title')}
          confirmLabel={t('dash-supplier-orders-cancel-confirm')}
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
                toast(t('dash-supplier-orders-canceled'));
                setCanceling(null);
              },
            })
          }
        >
          {canceling.purpose === 'sale' ? (
            <p>{t('dash-supplier-orders-cancel-sale')}</p>
          ) : (
            <p>{t('dash-supplier-orders-cancel-restock')}</p>
          )}
        </ConfirmDialog>
      )}
    </Card>
  );
}
