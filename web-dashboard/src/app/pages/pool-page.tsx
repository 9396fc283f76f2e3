import { type ImportBatch, isFileDeliveryType } from '@codepool/shared';
import { describeError, isApiError } from '@codepool/shared/client';
import { useI18n } from '@codepool/shared/i18n/react';
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
import { deliveryTypeLabel } from '../../features/pools/components/delivery-type.ts';
import { PoolBadges } from '../../features/pools/components/pool-badges.tsx';
import { PoolFormDialog } from '../../features/pools/components/pool-form-dialog.tsx';
import { PoolStats } from '../../features/pools/components/pool-stats.tsx';
import { SupplierPanel } from '../../features/suppliers/components/supplier-panel.tsx';
import { useFormat } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';

export function PoolPage({ poolId }: { poolId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
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
          sentAs(b, t) ?? `${t(`dash-pool-source-${b.source}`)} · ${f.dateTime(b.createdAt)}`,
        ]),
      ),
    [imports.data, t, f],
  );
  const back = (
    <Link to="/pools" className="back-link">
      <ArrowLeftIcon size={14} /> {t('dash-nav-pools')}
    </Link>
  );

  if (pool.isPending) return <LoadingState rows={8} />;
  if (pool.isError) {
    return (
      <>
        <PageHeader
          back={back}
          title={isApiError(pool.error) && pool.error.status === 404 ? t('dash-pool-not-found') : t('dash-pool-title')}
        />
        <ErrorState
          title={
            isApiError(pool.error) && pool.error.status === 404
              ? t('dash-pool-not-found-text')
              : t('dash-pool-load-failed')
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
            <Badge tone="neutral">{deliveryTypeLabel(t, p.deliveryType)}</Badge>
            <PoolBadges pool={p} />
          </>
        }
        description={
          p.pausedAt ? t('dash-pool-paused', { reason: p.pausedReason ?? t('dash-pool-paused-default') }) : undefined
        }
        actions={
          !p.archivedAt && (
            <>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('dash-pool-edit')}
              </Button>
              <Button variant="secondary" onClick={() => setArchiving(true)}>
                {t('dash-pool-archive')}
              </Button>
              <ButtonLink variant="primary" to={`/pools/${p.id}/import`} icon={<UploadIcon />}>
                {isFileDeliveryType(p.deliveryType) ? t('dash-pool-import-files') : t('dash-pool-import-csv')}
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
          label={undoing.fileName ?? t('dash-pool-undo-label', { when: f.dateTime(undoing.createdAt) })}
          onClose={() => setUndoing(null)}
        />
      )}
      {archiving && (
        <ConfirmDialog
          title={t('dash-pool-archive-title', { pool: p.name })}
          confirmLabel={t('dash-pool-archive-confirm')}
          danger
          busy={archive.isPending}
          error={archive.error}
          onClose={() => setArchiving(false)}
          onConfirm={() =>
            archive.mutate(p.id, {
              onSuccess: () => {
                toast(t('dash-pool-archived', { pool: p.name }));
                navigate('/pools');
              },
              onError: (e) => toast(describeError(e, { i18n }), 'error'),
            })
          }
        >
          <p>{t('dash-pool-archive-text')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
