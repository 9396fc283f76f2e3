import type { Pool, StockCounts } from '@codepool/shared';
import { Chip } from '../../components/chip.tsx';

/** Available, reserved and delivered as one bar: how much of what was stocked is left. */
export function StockBar({ stock }: { stock: StockCounts }) {
  const available = stock.available ?? 0;
  const reserved = stock.reserved ?? 0;
  const delivered = stock.delivered ?? 0;
  const total = available + reserved + delivered;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <div
      className="stock-bar"
      role="img"
      aria-label={`${available} available, ${reserved} reserved, ${delivered} delivered`}
    >
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
  const available = pool.stock?.available ?? 0;
  const expiring = pool.stock?.expiringSoon ?? 0;
  return (
    <span className="badges">
      {pool.archivedAt ? <Chip tone="neutral">Archived</Chip> : null}
      {pool.pausedAt && !pool.archivedAt ? <Chip tone="danger">Paused</Chip> : null}
      {available === 0 ? (
        <Chip tone="danger">Out of stock</Chip>
      ) : isLowStock(pool) ? (
        <Chip tone="warning">Low stock</Chip>
      ) : null}
      {expiring > 0 ? <Chip tone="warning">{expiring} expiring</Chip> : null}
    </span>
  );
}
