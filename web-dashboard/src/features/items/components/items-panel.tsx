import { ITEM_STATUSES, type ItemStatus, isFileDeliveryType, type Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
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
import { useFindItems } from '../api/find-items.ts';
import { ITEMS_PAGE_SIZE, useItems } from '../api/list-items.ts';
import { useMarkItems } from '../api/mark-items.ts';
import { ItemsTable } from './items-table.tsx';

type Filter = ItemStatus | 'all';
type Marking = 'invalid' | 'withdrawn';

/**
 * A pool's items: filter by status, page through them by cursor, find one exact code,
 * and take selected available items out of sale.
 */
export function ItemsPanel({ pool, batchNames }: { pool: Pool; batchNames: Map<string, string> }) {
  const t = useT();
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
    { value: 'all', label: t('dash-items-all'), count: counts.all },
    ...ITEM_STATUSES.map((s) => ({ value: s, label: t(`dash-items-status-${s}`), count: counts[s] })),
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
          const marked =
            marking === 'invalid'
              ? t('dash-items-marked-invalid', { count: r.updated })
              : t('dash-items-marked-withdrawn', { count: r.updated });
          toast(r.skipped ? `${marked}; ${t('dash-items-marked-skipped', { count: r.skipped })}` : marked);
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
      title={t('dash-items-title')}
      description={files ? t('dash-items-description-files') : t('dash-items-description')}
      padded={false}
      testId="items-card"
      actions={
        !files && (
          <form className="search" onSubmit={search}>
            <SearchIcon className="search-icon" />
            <input
              className="input input-sm"
              type="search"
              placeholder={t('dash-items-find-placeholder')}
              aria-label={t('dash-items-find-label')}
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                if (!e.target.value) find.reset();
              }}
              autoComplete="off"
              spellCheck={false}
            />
            <Button variant="secondary" size="sm" type="submit" loading={find.isPending}>
              {t('dash-items-find')}
            </Button>
          </form>
        )
      }
    >
      <div className="toolbar">
        {searching ? (
          <div className="search-summary" data-testid="search-summary">
            {find.isPending && t('dash-items-searching')}
            {find.isSuccess &&
              (find.data.items.length === 0
                ? t('dash-items-no-match')
                : t('dash-items-matches', { count: find.data.items.length }))}
            {find.isError && <InlineError error={find.error} />}
            <Button size="sm" variant="plain" onClick={clearSearch}>
              {t('dash-items-clear-search')}
            </Button>
          </div>
        ) : (
          <FilterTabs label={t('dash-items-filter')} options={tabs} value={filter} onChange={changeFilter} />
        )}
        {selected.size > 0 && (
          <div className="bulk" data-testid="bulk-actions">
            <span>{t('dash-items-selected', { count: selected.size })}</span>
            <Button variant="secondary" size="sm" onClick={() => setMarking('withdrawn')}>
              {t('dash-items-withdraw')}
            </Button>
            <Button size="sm" variant="danger" onClick={() => setMarking('invalid')}>
              {t('dash-items-mark-invalid')}
            </Button>
          </div>
        )}
      </div>
      {searching && find.isSuccess && shown.some((i) => i.poolId !== pool.id) && (
        <p className="notice">{t('dash-items-other-pool')}</p>
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
          <EmptyState title={t(`dash-items-empty-${filter}`)}>
            {filter === 'all'
              ? files
                ? t('dash-items-empty-text-files')
                : t('dash-items-empty-text')
              : t('dash-items-empty-filtered')}
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
              ? t(counts[filter] ? 'dash-items-showing-of' : 'dash-items-showing', {
                  from: pageIndex * ITEMS_PAGE_SIZE + 1,
                  to: pageIndex * ITEMS_PAGE_SIZE + items.data.items.length,
                  total: counts[filter],
                })
              : undefined
          }
        />
      )}
      {marking && (
        <ConfirmDialog
          title={marking === 'invalid' ? t('dash-items-mark-invalid-title') : t('dash-items-withdraw-title')}
          confirmLabel={
            marking === 'invalid'
              ? t('dash-items-mark-invalid-confirm', { count: selected.size })
              : t('dash-items-withdraw-confirm', { count: selected.size })
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
            {marking === 'invalid' ? t('dash-items-mark-invalid-text') : t('dash-items-withdraw-text')}{' '}
            {t('dash-items-mark-note')}
          </p>
        </ConfirmDialog>
      )}
    </Card>
  );
}
