import type { Pool } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { formatCount } from '../../../lib/format.ts';

export const isLowStock = (pool: Pool) => pool.stock.available <= pool.lowStockThreshold;

/** Low stock (available at or under the threshold), expiring soon, paused, archived. */
export function PoolBadges({ pool }: { pool: Pool }) {
  return (
    <span className="badge-row">
      {pool.archivedAt && <Badge tone="gray">Archived</Badge>}
      {pool.pausedAt && (
        <Badge tone="red" title={pool.pausedReason ?? undefined}>
          Paused
        </Badge>
      )}
      {!pool.archivedAt &&
        isLowStock(pool) &&
        (pool.stock.available === 0 ? (
          <Badge tone="red">Out of stock</Badge>
        ) : (
          <Badge tone="amber" title={`Alert at ${pool.lowStockThreshold} or fewer`}>
            Low stock
          </Badge>
        ))}
      {pool.stock.expiringSoon > 0 && (
        <Badge tone="violet" title="Available items that expire within 7 days">
          {formatCount(pool.stock.expiringSoon)} expiring
        </Badge>
      )}
    </span>
  );
}
