import { type ImportBatch, isFileDeliveryType } from '@codepool/shared';
import { describeError, formatDateTime, isApiError } from '@codepool/shared/client';
import { useMemo, useState } from 'react';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ArrowLeftIcon, UploadIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { StockChartCard } from '../../features/analytics/components/stock-chart-card.tsx';
import { useImports } from '../../features/imports/api/list-imports.ts';
import { ImportHistory } from '../../features/imports/components/import-history.tsx';
import { UndoImportDialog } from '../../features/imports/components/undo-import-dialog.tsx';
import { sentAs } from '../../features/imports/lib/batch-label.ts';
import { ItemsPanel } from '../../features/items/components/items-panel.tsx';
import { useArchivePool } from '../../features/pools/api/archive-pool.ts';
import { usePool } from '../../features/pools/api/get-pool.ts';
import { DELIVERY_TYPE_LABELS } from '../../features/pools/components/delivery-type.ts';
import { PoolBadges } from '../../features/pools/components/pool-badges.tsx';
import { PoolFormDialog } from '../../features/pools/components/pool-form-dialog.tsx';
import { PoolStats } from '../../features/pools/components/pool-stats.tsx';
import { SupplierPanel } from '../../features/suppliers/components/supplier-panel.tsx';
import { Link, navigate } from '../../lib/router.tsx';

const SOURCE_NAMES = { csv: 'CSV', bot: 'Bot', api: 'API', supplier: 'Supplier', files: 'Files' } as const;

export function PoolPage({ poolId }: { poolId: string }) {
  const pool = usePool(poolId);
  const imports = useImports(poolId);
  const archive = useArchivePool();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);
  const batchNames = useMemo(
    () =>
      new Map(
        (imports.data?.items ?? []).map((b) => [
          b.id,
          sentAs(b) ?? `${SOURCE_NAMES[b.source]} · ${formatDateTime(b.createdAt)}`,
        ]),
      ),
    [imports.data],
  );
  const back = (
    <Link to="/pools" className="back-link">
      <ArrowLeftIcon size={14} /> Pools
    </Link>
  );

  if (pool.isPending) return <LoadingState rows={8} />;
  if (pool.isError) {
    return (
      <>
        <PageHeader
          back={back}
          title={isApiError(pool.error) && pool.error.status === 404 ? 'Pool not found' : 'Pool'}
        />
        <ErrorState
          title={
            isApiError(pool.error) && pool.error.status === 404
              ? 'This pool does not exist, or is not yours'
              : 'Could not load the pool'
          }
          error={pool.error}
          onRetry={() => pool.refetch()}
        />
      </>
    );
  }
  const p = pool.data;
  return (
    <>
      <PageHeader
        back={back}
        title={p.name}
        badges={
          <>
            <Badge tone="neutral">{DELIVERY_TYPE_LABELS[p.deliveryType]}</Badge>
            <PoolBadges pool={p} />
          </>
        }
        description={p.pausedAt ? `Paused: ${p.pausedReason ?? 'too many items disputed as invalid'}.` : undefined}
        actions={
          !p.archivedAt && (
            <>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="secondary" onClick={() => setArchiving(true)}>
                Archive
              </Button>
              <ButtonLink variant="primary" to={`/pools/${p.id}/import`} icon={<UploadIcon />}>
                {isFileDeliveryType(p.deliveryType) ? 'Import files' : 'Import CSV'}
              </ButtonLink>
            </>
          )
        }
      />
      <div className="stack">
        <PoolStats pool={p} />
        <StockChartCard poolId={p.id} threshold={p.lowStockThreshold} />
        <SupplierPanel poolId={p.id} archived={p.archivedAt !== null} />
        <ItemsPanel pool={p} batchNames={batchNames} />
        <ImportHistory poolId={p.id} onUndo={setUndoing} />
      </div>
      {editing && <PoolFormDialog pool={p} onClose={() => setEditing(false)} />}
      {undoing && (
        <UndoImportDialog
          poolId={p.id}
          batchId={undoing.id}
          label={undoing.fileName ?? `the ${formatDateTime(undoing.createdAt)} import`}
          onClose={() => setUndoing(null)}
        />
      )}
      {archiving && (
        <ConfirmDialog
          title={`Archive ${p.name}?`}
          confirmLabel="Archive pool"
          danger
          busy={archive.isPending}
          error={archive.error}
          onClose={() => setArchiving(false)}
          onConfirm={() =>
            archive.mutate(p.id, {
              onSuccess: () => {
                toast(`Archived “${p.name}”`);
                navigate('/pools');
              },
              onError: (e) => toast(describeError(e), 'error'),
            })
          }
        >
          <p>It stops selling and its listings are unbound. Its items and past deliveries are kept.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
