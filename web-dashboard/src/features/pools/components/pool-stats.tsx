import type { Pool } from '@codepool/shared';
import { StatCard } from '../../../components/stat-card.tsx';
import { formatCount } from '../../../lib/format.ts';
import { isLowStock } from './pool-badges.tsx';

/** The pool's stock by status, as cards. */
export function PoolStats({ pool }: { pool: Pool }) {
  const s = pool.stock;
  const low = isLowStock(pool);
  return (
    <div className="stats" data-testid="pool-stats">
      <StatCard
        testId="stat-available"
        label="Available"
        value={formatCount(s.available)}
        tone={low ? (s.available === 0 ? 'red' : 'amber') : 'green'}
        hint={pool.lowStockThreshold > 0 ? `Alert at ${formatCount(pool.lowStockThreshold)}` : 'No low-stock alert'}
      />
      <StatCard testId="stat-reserved" label="Reserved" value={formatCount(s.reserved)} hint="Held for open orders" />
      <StatCard testId="stat-delivered" label="Delivered" value={formatCount(s.delivered)} hint="Sold to buyers" />
      <StatCard
        testId="stat-expiring"
        label="Expiring in 7 days"
        value={formatCount(s.expiringSoon)}
        tone={s.expiringSoon > 0 ? 'violet' : 'neutral'}
        hint="Drawn first"
      />
      <StatCard testId="stat-expired" label="Expired" value={formatCount(s.expired)} hint="Past expiry, unsold" />
      <StatCard
        testId="stat-invalid"
        label="Invalid / withdrawn"
        value={`${formatCount(s.invalid)} / ${formatCount(s.withdrawn)}`}
        hint="Out of sale"
      />
    </div>
  );
}
