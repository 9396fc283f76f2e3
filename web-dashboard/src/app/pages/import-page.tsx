import { isFileDeliveryType } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { ArrowLeftIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { CsvImport } from '../../features/imports/components/csv-import.tsx';
import { FilesImport } from '../../features/imports/components/files-import.tsx';
import { UndoImportDialog } from '../../features/imports/components/undo-import-dialog.tsx';
import { usePool } from '../../features/pools/api/get-pool.ts';
import { Link, navigate } from '../../lib/router.tsx';

export function ImportPage({ poolId }: { poolId: string }) {
  const t = useT();
  const pool = usePool(poolId);
  const [undoing, setUndoing] = useState<string | null>(null);
  const back = (
    <Link to={`/pools/${poolId}`} className="back-link">
      <ArrowLeftIcon size={14} /> {pool.data?.name ?? t('dash-page-import-pool')}
    </Link>
  );
  if (pool.isPending) return <LoadingState rows={6} />;
  if (pool.isError) {
    return (
      <>
        <PageHeader back={back} title={t('dash-page-import-title')} />
        <ErrorState error={pool.error} onRetry={() => pool.refetch()} />
      </>
    );
  }
  const type = pool.data.deliveryType;
  return (
    <>
      <PageHeader
        back={back}
        title={t('dash-page-import-into', { pool: pool.data.name })}
        description={
          isFileDeliveryType(type) ? t('dash-page-import-files-description') : t('dash-page-import-codes-description')
        }
      />
      {isFileDeliveryType(type) ? (
        <FilesImport pool={pool.data} type={type} onUndo={setUndoing} />
      ) : (
        <CsvImport pool={pool.data} onUndo={setUndoing} />
      )}
      {undoing && (
        <UndoImportDialog
          poolId={poolId}
          batchId={undoing}
          label={t('dash-page-import-this')}
          onClose={() => setUndoing(null)}
          onDone={() => navigate(`/pools/${poolId}`)}
        />
      )}
    </>
  );
}
