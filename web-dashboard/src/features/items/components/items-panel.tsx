import { ITEM_STATUSES, type ItemStatus, isFileDeliveryType, type Pool } from '@codepool/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SearchIcon } from '../../../components/icons.tsx';
import { Pager } from '../../../components/pager.tsx';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../../components/states.tsx';
import { FilterTabs, type TabOption } from '../../../components/tabs.tsx';
import { toast } from '../../../components/toast.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { formatCount } from '../../../lib/format.ts';
import { useFindItems } from '../api/find-items.ts';
import { ITEMS_PAGE_SIZE, useItems } from '../api/list-items.ts';
import { useMarkItems } from '../api/mark-items.ts';
import { ITEM_STATUS } from './item-status.tsx';
import { ItemsTable } from './items-table.tsx';

type Filter = ItemStatus | 'all';
type Marking = 'invalid' | 'withdrawn';

/**
 * A pool's items: filter by status, page through them by cursor, find one exact code,
 * and take selected available items out of sale.
 */
export function ItemsPanel({ pool, batchNames }: { pool: Pool; batchNames: Map<string, string> }) {
  const [filter, setFilter] = useState<Filter>('all');
  const pages = useCursorPages();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [code, setCode] = useState('');
  const [marking, setMarking] = useState<Marking | null>(null);
  const pageIndex = pages.page;
  const items = useItems({ poolId: pool.id, status: filter === 'all' ? undefined : filter, cursor: pages.cursor });
  const find = useFindItems();
  const mark = useMarkItems(pool.id);

  const total = Object.values(pool.stock).reduce((a, b) => a + b, 0) - pool.stock.expiringSoon;
  const counts: Record<Filter, number> = {
    all: total,
    available: pool.stock.available,
    reserved: pool.stock.reserved,
    delivered: pool.stock.delivered,
    expired: pool.stock.expired,
    invalid: pool.stock.invalid,
    withdrawn: pool.stock.withdrawn,
  };
  const tabs: TabOption<Filter>[] = [
    { value: 'all', label: 'All', count: counts.all },
    ...ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS[s].label, count: counts[s] })),
  ];

  const changeFilter = (f: Filter) => {
    setFilter(f);
    pages.reset();
    setSelected(new Set());
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) find.mutate({ poolId: pool.id, code });
  };
  const clearSearch = () => {
    setCode('');
    find.reset();
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const confirmMark = () => {
    if (!marking) return;
    mark.mutate(
      { itemIds: [...selected], status: marking },
      {
        onSuccess: (r) => {
          toast(
            `${formatCount(r.updated)} item(s) marked ${marking}${r.skipped ? `; ${formatCount(r.skipped)} were no longer available` : ''}`,
          );
          setSelected(new Set());
          setMarking(null);
          find.reset();
        },
      },
    );
  };

  // A file item has no code to find: its fingerprint is of its bytes.
  const files = isFileDeliveryType(pool.deliveryType);
  const searching = find.isSuccess || find.isPending || find.isError;
  const shown = searching ? (find.data?.items ?? []) : (items.data?.items ?? []);

  return (
    <Card
      title="Items"
      description={
        files
          ? 'Name, type and size only: the files are encrypted and never shown here.'
          : 'Masked previews only: item content is encrypted and never shown here.'
      }
      padded={false}
      testId="items-card"
      actions={
        !files && (
          <form className="search" onSubmit={search}>
            <SearchIcon className="search-icon" />
            <input
              className="input input-sm"
              type="search"
              placeholder="Find an exact code…"
              aria-label="Find an exact code"
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                if (!e.target.value) find.reset();
              }}
              autoComplete="off"
              spellCheck={false}
            />
            <Button variant="secondary" size="sm" type="submit" loading={find.isPending}>
              Find
            </Button>
          </form>
        )
      }
    >
      <div className="toolbar">
        {searching ? (
          <div className="search-summary" data-testid="search-summary">
            {find.isPending && 'Searching…'}
            {find.isSuccess &&
              (find.data.items.length === 0
                ? 'No item with that exact code in your stock.'
                : `${find.data.items.length} match${find.data.items.length > 1 ? 'es' : ''} for that exact code.`)}
            {find.isError && <InlineError error={find.error} />}
            <Button size="sm" variant="plain" onClick={clearSearch}>
              Clear search
            </Button>
          </div>
        ) : (
          <FilterTabs label="Filter items by status" options={tabs} value={filter} onChange={changeFilter} />
        )}
        {selected.size > 0 && (
          <div className="bulk" data-testid="bulk-actions">
            <span>{formatCount(selected.size)} selected</span>
            <Button variant="secondary" size="sm" onClick={() => setMarking('withdrawn')}>
              Withdraw
            </Button>
            <Button size="sm" variant="danger" onClick={() => setMarking('invalid')}>
              Mark invalid
            </Button>
          </div>
        )}
      </div>
      {searching && find.isSuccess && shown.some((i) => i.poolId !== pool.id) && (
        <p className="notice">Some matches are in another of your pools.</p>
      )}
      {!searching && items.isPending ? (
        <div className="pad">
          <LoadingState />
        </div>
      ) : !searching && items.isError ? (
        <div className="pad">
          <ErrorState error={items.error} onRetry={() => items.refetch()} />
        </div>
      ) : shown.length === 0 ? (
        searching ? null : (
          <EmptyState
            title={
              filter === 'all' ? 'No items yet' : `No ${ITEM_STATUS[filter as ItemStatus].label.toLowerCase()} items`
            }
          >
            {filter === 'all'
              ? files
                ? 'Import files to fill this pool.'
                : 'Import a CSV to fill this pool.'
              : 'Try another filter.'}
          </EmptyState>
        )
      ) : (
        <ItemsTable
          items={shown}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          batchNames={batchNames}
        />
      )}
      {!searching && (
        <Pager
          {...pages.pagerFor(items)}
          summary={
            items.data
              ? `Showing ${formatCount(pageIndex * ITEMS_PAGE_SIZE + 1)}–${formatCount(pageIndex * ITEMS_PAGE_SIZE + items.data.items.length)}${counts[filter] ? ` of ${formatCount(counts[filter])}` : ''}`
              : undefined
          }
        />
      )}
      {marking && (
        <ConfirmDialog
          title={marking === 'invalid' ? 'Mark items invalid' : 'Withdraw items'}
          confirmLabel={
            marking === 'invalid'
              ? `Mark ${formatCount(selected.size)} invalid`
              : `Withdraw ${formatCount(selected.size)}`
          }
          danger={marking === 'invalid'}
          busy={mark.isPending}
          error={mark.error}
          onConfirm={confirmMark}
          onClose={() => {
            setMarking(null);
            mark.reset();
          }}
        >
          <p>
            {marking === 'invalid'
              ? 'These items will never be sold: use this for codes the supplier says do not work.'
              : 'These items leave the pool; the same codes may be imported again later.'}{' '}
            Only items still available change; anything sold stays the buyer’s.
          </p>
        </ConfirmDialog>
      )}
    </Card>
  );
}
