import type { ImportBatch, Pool } from '@codepool/shared';
import { formatDateTime, isNotFound } from '@codepool/shared/client';
import { Chip } from '../../components/chip.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { PlusIcon, SearchIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { plural } from '../../lib/format.ts';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { DELIVERY_TYPE_LABELS } from './pools-page.tsx';
import { getPool, listRecentImports } from './seller-api.ts';
import { isLowStock, PoolBadges, StockBar } from './stock-bar.tsx';

export function PoolPage({ id }: { id: string }) {
  const pool = useApi(`pool:${id}`, (signal) => getPool(id, signal));
  useServerEvent('stock-update', (e) => e.poolId === id && pool.reload());

  return (
    <Page back={{ name: 'pools' }}>
      {pool.status === 'loading' ? <PageSkeleton cards={2} /> : null}
      {pool.status === 'error' ? (
        isNotFound(pool.error) ? (
          <EmptyState icon={<SearchIcon size={30} />} title="Pool not found">
            This pool does not exist, or it belongs to another seller.
          </EmptyState>
        ) : (
          <ErrorState error={pool.error} onRetry={pool.reload} />
        )
      ) : null}
      {pool.status === 'ready' ? <PoolView pool={pool.data} /> : null}
    </Page>
  );
}

function PoolView({ pool }: { pool: Pool }) {
  const s = pool.stock;
  const counts: [string, number, string?][] = [
    ['Available', s?.available ?? 0, 'can be sold now'],
    ['Reserved', s?.reserved ?? 0],
    ['Delivered', s?.delivered ?? 0],
    ['Expiring soon', s?.expiringSoon ?? 0, 'within 7 days'],
    ['Expired', s?.expired ?? 0],
    ['Invalid', s?.invalid ?? 0],
    ['Withdrawn', s?.withdrawn ?? 0],
  ];
  return (
    <>
      <div className="summary">
        <div className="summary-head">
          <h1 className="page-title">{pool.name || 'Untitled pool'}</h1>
        </div>
        <p className="summary-sub">
          {DELIVERY_TYPE_LABELS[pool.deliveryType] ?? pool.deliveryType} · low-stock alert at{' '}
          {pool.lowStockThreshold ?? 0}
        </p>
        <PoolBadges pool={pool} />
      </div>

      {pool.pausedAt && !pool.archivedAt ? (
        <Notice tone="danger" title="Paused">
          {pool.pausedReason || 'This pool sells nothing until it is resumed.'} Resume it from the bot or the web
          dashboard.
        </Notice>
      ) : null}

      {!pool.archivedAt && isLowStock(pool) ? (
        (s?.available ?? 0) === 0 ? (
          <Notice tone="warning" title="Out of stock">
            Buyers who order now wait for your restock; they are served first in, first out.
          </Notice>
        ) : (
          <Notice tone="warning" title="Running low">
            Only {plural(s?.available ?? 0, 'item')} left. Restock soon so orders keep being delivered at once.
          </Notice>
        )
      ) : null}

      <Section title="Stock">
        <div className="card-pad">
          <StockBar stock={s} />
          <div className="legend">
            <span className="legend-available">Available</span>
            <span className="legend-reserved">Reserved</span>
            <span className="legend-delivered">Delivered</span>
          </div>
        </div>
        <div className="stat-grid">
          {counts.map(([label, n, hint]) => (
            <div className="stat" key={label}>
              <span className="stat-value">{n.toLocaleString('en-US')}</span>
              <span className="stat-label">{label}</span>
              {hint ? <span className="stat-hint">{hint}</span> : null}
            </div>
          ))}
        </div>
      </Section>

      {pool.archivedAt ? (
        <Notice tone="info">This pool is archived. Its items are kept, but it cannot be restocked.</Notice>
      ) : (
        <Section>
          <Row
            to={{ name: 'restock', id: pool.id }}
            leading={
              <span className="row-icon row-icon-green">
                <PlusIcon size={18} />
              </span>
            }
            title="Restock"
          />
        </Section>
      )}

      <RecentImports poolId={pool.id} />
    </>
  );
}

const IMPORT_STATUS: Record<ImportBatch['status'], { label: string; tone: 'info' | 'success' | 'danger' | 'neutral' }> =
  {
    processing: { label: 'Importing', tone: 'info' },
    completed: { label: 'Done', tone: 'success' },
    failed: { label: 'Failed', tone: 'danger' },
    undone: { label: 'Undone', tone: 'neutral' },
  };

const SOURCE_LABELS: Record<ImportBatch['source'], string> = {
  csv: 'CSV file',
  bot: 'Pasted in the bot',
  api: 'Added in the app or API',
  supplier: 'Supplier push',
  files: 'Uploaded files',
};

/** The pool's latest import batches; nothing while loading or when there are none. */
function RecentImports({ poolId }: { poolId: string }) {
  const imports = useApi(`imports:${poolId}`, (signal) => listRecentImports(poolId, signal));
  if (imports.status === 'error') {
    return <ErrorState title="Could not load recent imports" error={imports.error} onRetry={imports.reload} />;
  }
  if (imports.status !== 'ready' || imports.data.length === 0) return null;
  return (
    <Section title="Recent imports">
      {imports.data.slice(0, 5).map((b) => (
        <Row
          key={b.id}
          title={b.fileName || SOURCE_LABELS[b.source] || 'Import'}
          subtitle={[
            `${b.accepted.toLocaleString('en-US')} added`,
            b.duplicates ? plural(b.duplicates, 'duplicate') : '',
            b.invalid ? `${b.invalid.toLocaleString('en-US')} invalid` : '',
            formatDateTime(b.createdAt),
          ]
            .filter(Boolean)
            .join(' · ')}
          after={
            <Chip tone={IMPORT_STATUS[b.status]?.tone ?? 'neutral'}>{IMPORT_STATUS[b.status]?.label ?? b.status}</Chip>
          }
        />
      ))}
    </Section>
  );
}
