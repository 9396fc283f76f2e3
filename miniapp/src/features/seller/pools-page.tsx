import type { Pool } from '@codepool/shared';
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

export const DELIVERY_TYPE_LABELS: Record<Pool['deliveryType'], string> = {
  code: 'Codes',
  key: 'Keys',
  account: 'Accounts',
  license: 'Licenses',
  bundle: 'Bundles',
  custom: 'Custom items',
  file: 'Files',
  image: 'Images',
};

export function PoolsPage() {
  const pools = useApi('pools', (signal) => listPools(signal));
  useServerEvent('stock-update', () => pools.reload());

  return (
    <Page back={{ name: 'home' }} title="Stock pools">
      {pools.status === 'loading' ? <PageSkeleton cards={2} /> : null}
      {pools.status === 'error' ? <ErrorState error={pools.error} onRetry={pools.reload} /> : null}
      {pools.status === 'ready' ? (
        pools.data.length === 0 ? (
          <EmptyState icon={<BoxIcon size={30} />} title="No pools yet">
            Create a pool in the bot or the web dashboard, then restock it here.
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
  return (
    <Link to={{ name: 'pool', id: pool.id }} className="pool-row">
      <span className="pool-row-main">
        <span className="pool-row-head">
          <span className="row-title">{pool.name || 'Untitled pool'}</span>
          <PoolBadges pool={pool} />
        </span>
        <StockBar stock={pool.stock} />
        <span className="row-subtitle">
          {(pool.stock?.available ?? 0).toLocaleString('en-US')} available ·{' '}
          {DELIVERY_TYPE_LABELS[pool.deliveryType] ?? pool.deliveryType}
          {pool.lowStockThreshold > 0 ? ` · alert at ${pool.lowStockThreshold}` : ''}
        </span>
      </span>
      <span className="row-chevron">
        <ChevronIcon />
      </span>
    </Link>
  );
}
