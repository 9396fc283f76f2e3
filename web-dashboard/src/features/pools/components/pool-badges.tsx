import type { Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';

export const isLowStock = (pool: Pool) => pool.stock.available <= pool.lowStockThreshold;

/** Low stock (available at or under the threshold), expiring soon, paused, archived. */
export function PoolBadges({ pool }: { pool: Pool }) {
  const t = useT();
  return (
    <span className="badge-row">
      {pool.archivedAt && <Badge tone="gray">{t('dash-pool-badge-archived')}</Badge>}
      {pool.pausedAt && (
        <Badge tone="red" title={pool.pausedReason ?? undefined}>
          {t('dash-pool-badge-paused')}
        </Badge>
      )}
      {!pool.archivedAt &&
        isLowStock(pool) &&
        (pool.stock.available === 0 ? (
          <Badge tone="red">{t('dash-pool-badge-out')}</Badge>
        ) : (
          <Badge tone="amber" title={t('dash-pool-badge-low-hint', { count: pool.lowStockThreshold })}>
            {t('dash-pool-badge-low')}
          </Badge>
        ))}
      {pool.stock.expiringSoon > 0 && (
        <Badge tone="violet" title={t('dash-pool-badge-expiring-hint')}>
          {t('dash-pool-badge-expiring', { count: pool.stock.expiringSoon })}
        </Badge>
      )}
    </span>
  );
}
