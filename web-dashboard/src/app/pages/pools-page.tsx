import type { Pool } from '@codepool/shared';
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
import { formatCount } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';

export function PoolsPage() {
  const pools = usePools();
  const templates = useTemplates();
  const archive = useArchivePool();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Pool | null>(null);
  const [archiving, setArchiving] = useState<Pool | null>(null);

  const bound = useMemo(() => {
    const map = new Map<string, BoundTemplate[]>();
    // A pool sells through variants: a listing of several names the variant it feeds.
    for (const t of templates.data ?? []) {
      for (const v of t.variants) {
        if (!v.poolId) continue;
        const title = t.variants.length > 1 ? `${t.title} · ${v.title}` : t.title;
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
        title="Pools"
        description={
          pools.data
            ? `${formatCount(list.length)} pool${list.length === 1 ? '' : 's'} · ${formatCount(available)} items available${low ? ` · ${low} low on stock` : ''}`
            : 'Encrypted stock, one kind of item per pool.'
        }
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
            New pool
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
            title="No pools yet"
            action={
              <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                Create your first pool
              </Button>
            }
          >
            A pool holds one kind of item (gift card codes, keys, accounts), encrypted. Import a CSV into it, then bind
            it to a listing.
          </EmptyState>
        ) : (
          <PoolsTable pools={list} boundTemplates={bound} onEdit={setEditing} onArchive={setArchiving} />
        )}
      </Card>
      {creating && <PoolFormDialog onClose={() => setCreating(false)} onCreated={(p) => navigate(`/pools/${p.id}`)} />}
      {editing && <PoolFormDialog pool={editing} onClose={() => setEditing(null)} />}
      {archiving && (
        <ConfirmDialog
          title={`Archive ${archiving.name}?`}
          confirmLabel="Archive pool"
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
                toast(`Archived “${archiving.name}”`);
                setArchiving(null);
              },
            })
          }
        >
          <p>
            It stops selling and its listings are unbound ({bound.get(archiving.id)?.length ?? 0} now). Its{' '}
            {formatCount(archiving.stock.available)} available items are kept, as are past deliveries, so buyers can
            still reveal and dispute them.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
