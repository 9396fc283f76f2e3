import type { Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { useMemo, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Card } from '../../components/card.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PlusIcon, PoolsIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { useArchivePool } from '../../features/pools/api/archive-pool.ts';
import { usePools } from '../../features/pools/api/list-pools.ts';
import { PoolFormDialog } from '../../features/pools/components/pool-form-dialog.tsx';
import { type BoundTemplate, PoolsTable } from '../../features/pools/components/pools-table.tsx';
import { useTemplates } from '../../features/templates/api/list-templates.ts';
import { navigate } from '../../lib/router.tsx';

export function PoolsPage() {
  const t = useT();
  const pools = usePools();
  const templates = useTemplates();
  const archive = useArchivePool();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Pool | null>(null);
  const [archiving, setArchiving] = useState<Pool | null>(null);

  const bound = useMemo(() => {
    const map = new Map<string, BoundTemplate[]>();
    // A pool sells through variants: a listing of several names the variant it feeds.
    for (const listing of templates.data ?? []) {
      for (const v of listing.variants) {
        if (!v.poolId) continue;
        const title = listing.variants.length > 1 ? `${listing.title} · ${v.title}` : listing.title;
        map.set(v.poolId, [...(map.get(v.poolId) ?? []), { id: v.id, title }]);
      }
    }
    return map;
  }, [templates.data]);

  const list = pools.data ?? [];
  const available = list.reduce((s, p) => s + p.stock.available, 0);
  const low = list.filter((p) => p.stock.available <= p.lowStockThreshold).length;

  return (
    <>
      <PageHeader
        title={t('dash-nav-pools')}
        description={
          pools.data
            ? [
                t('dash-pools-summary', { pools: list.length, available }),
                ...(low ? [t('dash-pools-summary-low', { count: low })] : []),
              ].join(' · ')
            : t('dash-pools-description')
        }
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
            {t('dash-pools-new')}
          </Button>
        }
      />
      <Card padded={false}>
        {pools.isPending ? (
          <div className="pad">
            <LoadingState />
          </div>
        ) : pools.isError ? (
          <div className="pad">
            <ErrorState error={pools.error} onRetry={() => pools.refetch()} />
          </div>
        ) : list.length === 0 ? (
          <EmptyState
            icon={<PoolsIcon size={28} />}
            title={t('dash-pools-empty-title')}
            action={
              <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                {t('dash-pools-create-first')}
              </Button>
            }
          >
            {t('dash-pools-empty-text')}
          </EmptyState>
        ) : (
          <PoolsTable pools={list} boundTemplates={bound} onEdit={setEditing} onArchive={setArchiving} />
        )}
      </Card>
      {creating && <PoolFormDialog onClose={() => setCreating(false)} onCreated={(p) => navigate(`/pools/${p.id}`)} />}
      {editing && <PoolFormDialog pool={editing} onClose={() => setEditing(null)} />}
      {archiving && (
        <ConfirmDialog
          title={t('dash-pool-archive-title', { pool: archiving.name })}
          confirmLabel={t('dash-pool-archive-confirm')}
          danger
          busy={archive.isPending}
          error={archive.error}
          onClose={() => {
            setArchiving(null);
            archive.reset();
          }}
          onConfirm={() =>
            archive.mutate(archiving.id, {
              onSuccess: () => {
                toast(t('dash-pool-archived', { pool: archiving.name }));
                setArchiving(null);
              },
            })
          }
        >
          <p>
            {t('dash-pools-archive-text', {
              listings: bound.get(archiving.id)?.length ?? 0,
              available: archiving.stock.available,
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
