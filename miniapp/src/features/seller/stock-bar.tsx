import type { Pool, StockCounts } from '@codepool/shared';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { Chip } from '../../components/chip.tsx';

/** Available, reserved and delivered as one bar: how much of what was stocked is left. */
export function StockBar({ stock }: { stock: StockCounts }) {
  const t = useT();
  const available = stock.available ?? 0;
  const reserved = stock.reserved ?? 0;
  const delivered = stock.delivered ?? 0;
  const total = available + reserved + delivered;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <div className="stock-bar" role="img" aria-label={t('app-stock-bar', { available, reserved, delivered })}>
      <span className="stock-available" style={{ width: `${pct(available)}%` }} />
      <span className="stock-reserved" style={{ width: `${pct(reserved)}%` }} />
      <span className="stock-delivered" style={{ width: `${pct(delivered)}%` }} />
    </div>
  );
}

export function isLowStock(pool: Pick<Pool, 'stock' | 'lowStockThreshold'>): boolean {
  return (pool.stock?.available ?? 0) <= (pool.lowStockThreshold ?? 0);
}

export function PoolBadges({ pool }: { pool: Pick<Pool, 'stock' | 'lowStockThreshold' | 'archivedAt' | 'pausedAt'> }) {
  const { t } = useI18n();
  const available = pool.stock?.available ?? 0;
  const expiring = pool.stock?.expiringSoon ?? 0;
  return (
    <span className="badges">
      {pool.archivedAt ? <Chip tone="neutral">{t('app-pool-archived')}</Chip> : null}
      {pool.pausedAt && !pool.archivedAt ? <Chip tone="danger">{t('app-variant-block-paused')}</Chip> : null}
      {available === 0 ? (
        <Chip tone="danger">{t('app-stock-out')}</Chip>
      ) : isLowStock(pool) ? (
        <Chip tone="warning">{t('app-pool-low-stock')}</Chip>
      ) : null}
      {expiring > 0 ? <Chip tone="warning">{t('app-pool-expiring', { count: expiring })}</Chip> : null}
    </span>
  );
}
