import type { Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { StatCard } from '../../../components/stat-card.tsx';
import { useFormat } from '../../../lib/format.ts';
import { isLowStock } from './pool-badges.tsx';

/** The pool's stock by status, as cards. */
export function PoolStats({ pool }: { pool: Pool }) {
  const t = useT();
  const f = useFormat();
  const s = pool.stock;
  const low = isLowStock(pool);
  return (
    <div className="stats" data-testid="pool-stats">
      <StatCard
        testId="stat-available"
        label={t('dash-pool-stat-available')}
        value={f.count(s.available)}
        tone={low ? (s.available === 0 ? 'red' : 'amber') : 'green'}
        hint={
          pool.lowStockThreshold > 0
            ? t('dash-pool-stat-alert-at', { count: pool.lowStockThreshold })
            : t('dash-pool-stat-no-alert')
        }
      />
      <StatCard
        testId="stat-reserved"
        label={t('dash-pool-stat-reserved')}
        value={f.count(s.reserved)}
        hint={t('dash-pool-stat-reserved-hint')}
      />
      <StatCard
        testId="stat-delivered"
        label={t('dash-pool-stat-delivered')}
        value={f.count(s.delivered)}
        hint={t('dash-pool-stat-delivered-hint')}
      />
      <StatCard
        testId="stat-expiring"
        label={t('dash-pool-stat-expiring')}
        value={f.count(s.expiringSoon)}
        tone={s.expiringSoon > 0 ? 'violet' : 'neutral'}
        hint={t('dash-pool-stat-expiring-hint')}
      />
      <StatCard
        testId="stat-expired"
        label={t('dash-pool-stat-expired')}
        value={f.count(s.expired)}
        hint={t('dash-pool-stat-expired-hint')}
      />
      <StatCard
        testId="stat-invalid"
        label={t('dash-pool-stat-invalid')}
        value={`${f.count(s.invalid)} / ${f.count(s.withdrawn)}`}
        hint={t('dash-pool-stat-invalid-hint')}
      />
    </div>
  );
}
