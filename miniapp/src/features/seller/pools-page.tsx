import type { Pool } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { BoxIcon, ChevronIcon } from '../../components/icons.tsx';
import { Link } from '../../components/link.tsx';
import { Page } from '../../components/page.tsx';
import { Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { useServerEvent } from '../../lib/realtime.ts';
import { useApi } from '../../lib/use-api.ts';
import { listPools } from './seller-api.ts';
import { PoolBadges, StockBar } from './stock-bar.tsx';

/** What a pool holds, in a word: `app-delivery-type-<type>`. */
export const deliveryTypeLabel = (t: Translate, type: Pool['deliveryType']) => t(`app-delivery-type-${type}`);

export function PoolsPage() {
  const t = useT();
  const pools = useApi('pools', (signal) => listPools(signal));
  useServerEvent('stock-update', () => pools.reload());

  return (
    <Page back={{ name: 'home' }} title={t('app-home-pools')}>
      {pools.status === 'loading' ? <PageSkeleton cards={2} /> : null}
      {pools.status === 'error' ? <ErrorState error={pools.error} onRetry={pools.reload} /> : null}
      {pools.status === 'ready' ? (
        pools.data.length === 0 ? (
          <EmptyState icon={<BoxIcon size={30} />} title={t('app-pools-empty-title')}>
            {t('app-pools-empty-text')}
          </EmptyState>
        ) : (
          <Section>
            {pools.data.map((pool) => (
              <PoolRow key={pool.id} pool={pool} />
            ))}
          </Section>
        )
      ) : null}
    </Page>
  );
}

function PoolRow({ pool }: { pool: Pool }) {
  const { t } = useI18n();
  return (
    <Link to={{ name: 'pool', id: pool.id }} className="pool-row">
      <span className="pool-row-main">
        <span className="pool-row-head">
          <span className="row-title">{pool.name || t('app-pool-untitled')}</span>
          <PoolBadges pool={pool} />
        </span>
        <StockBar stock={pool.stock} />
        <span className="row-subtitle">
          {[
            t('app-pool-available', { count: pool.stock?.available ?? 0 }),
            deliveryTypeLabel(t, pool.deliveryType),
            pool.lowStockThreshold > 0 ? t('app-pool-alert-at', { count: pool.lowStockThreshold }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </span>
      <span className="row-chevron">
        <ChevronIcon />
      </span>
    </Link>
  );
}
