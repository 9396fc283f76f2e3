import type { ImportBatch, Pool } from '@codepool/shared';
import { formatDateTime, isNotFound } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { Chip } from '../../components/chip.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { PlusIcon, SearchIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { deliveryTypeLabel } from './pools-page.tsx';
import { getPool, listRecentImports } from './seller-api.ts';
import { isLowStock, PoolBadges, StockBar } from './stock-bar.tsx';

export function PoolPage({ id }: { id: string }) {
  const t = useT();
  const pool = useApi(`pool:${id}`, (signal) => getPool(id, signal));
  useServerEvent('stock-update', (e) => e.poolId === id && pool.reload());

  return (
    <Page back={{ name: 'pools' }}>
      {pool.status === 'loading' ? <PageSkeleton cards={2} /> : null}
      {pool.status === 'error' ? (
        isNotFound(pool.error) ? (
          <EmptyState icon={<SearchIcon size={30} />} title={t('app-pool-not-found-title')}>
            {t('app-pool-not-found-text')}
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
  const { t, number } = useI18n();
  const s = pool.stock;
  const counts: [string, number, string?][] = [
    [t('app-pool-count-available'), s?.available ?? 0, t('app-pool-count-available-hint')],
    [t('app-pool-count-reserved'), s?.reserved ?? 0],
    [t('app-pool-count-delivered'), s?.delivered ?? 0],
    [t('app-pool-count-expiring'), s?.expiringSoon ?? 0, t('app-pool-count-expiring-hint')],
    [t('app-pool-count-expired'), s?.expired ?? 0],
    [t('app-pool-count-invalid'), s?.invalid ?? 0],
    [t('app-pool-count-withdrawn'), s?.withdrawn ?? 0],
  ];
  return (
    <>
      <div className="summary">
        <div className="summary-head">
          <h1 className="page-title">{pool.name || t('app-pool-untitled')}</h1>
        </div>
        <p className="summary-sub">
          {deliveryTypeLabel(t, pool.deliveryType)} ·{' '}
          {t('app-pool-low-stock-alert', { count: pool.lowStockThreshold ?? 0 })}
        </p>
        <PoolBadges pool={pool} />
      </div>

      {pool.pausedAt && !pool.archivedAt ? (
        <Notice tone="danger" title={t('app-variant-block-paused')}>
          {pool.pausedReason || t('app-pool-paused-text')} {t('app-pool-paused-resume')}
        </Notice>
      ) : null}

      {!pool.archivedAt && isLowStock(pool) ? (
        (s?.available ?? 0) === 0 ? (
          <Notice tone="warning" title={t('app-stock-out')}>
            {t('app-pool-out-of-stock-text')}
          </Notice>
        ) : (
          <Notice tone="warning" title={t('app-pool-running-low')}>
            {t('app-pool-running-low-text', { count: s?.available ?? 0 })}
          </Notice>
        )
      ) : null}

      <Section title={t('app-pool-stock')}>
        <div className="card-pad">
          <StockBar stock={s} />
          <div className="legend">
            <span className="legend-available">{t('app-pool-count-available')}</span>
            <span className="legend-reserved">{t('app-pool-count-reserved')}</span>
            <span className="legend-delivered">{t('app-pool-count-delivered')}</span>
          </div>
        </div>
        <div className="stat-grid">
          {counts.map(([label, n, hint]) => (
            <div className="stat" key={label}>
              <span className="stat-value">{number(n)}</span>
              <span className="stat-label">{label}</span>
              {hint ? <span className="stat-hint">{hint}</span> : null}
            </div>
          ))}
        </div>
      </Section>

      {pool.archivedAt ? (
        <Notice tone="info">{t('app-pool-archived-text')}</Notice>
      ) : (
        <Section>
          <Row
            to={{ name: 'restock', id: pool.id }}
            leading={
              <span className="row-icon row-icon-green">
                <PlusIcon size={18} />
              </span>
            }
            title={t('app-restock-title')}
          />
        </Section>
      )}

      <RecentImports poolId={pool.id} />
    </>
  );
}

/** An import's status chip: `app-import-status-<status>` in its tone. */
const IMPORT_TONES: Record<ImportBatch['status'], 'info' | 'success' | 'danger' | 'neutral'> = {
  processing: 'info',
  completed: 'success',
  failed: 'danger',
  undone: 'neutral',
};

/** The pool's latest import batches; nothing while loading or when there are none. */
function RecentImports({ poolId }: { poolId: string }) {
  const { t, locale } = useI18n();
  const imports = useApi(`imports:${poolId}`, (signal) => listRecentImports(poolId, signal));
  if (imports.status === 'error') {
    return <ErrorState title={t('app-imports-failed')} error={imports.error} onRetry={imports.reload} />;
  }
  if (imports.status !== 'ready' || imports.data.length === 0) return null;
  return (
    <Section title={t('app-imports-title')}>
      {imports.data.slice(0, 5).map((b) => (
        <Row
          key={b.id}
          title={b.fileName || t(`app-import-source-${b.source}`)}
          subtitle={[
            t('app-import-added', { count: b.accepted }),
            b.duplicates ? t('app-import-duplicates', { count: b.duplicates }) : '',
            b.invalid ? t('app-import-invalid', { count: b.invalid }) : '',
            formatDateTime(b.createdAt, locale),
          ]
            .filter(Boolean)
            .join(' · ')}
          after={
            <Chip tone={IMPORT_TONES[b.status] ?? 'neutral'}>
              {IMPORT_TONES[b.status] ? t(`app-import-status-${b.status}`) : b.status}
            </Chip>
          }
        />
      ))}
    </Section>
  );
}
