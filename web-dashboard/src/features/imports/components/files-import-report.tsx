import type { ImportBatchDetail, Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { ReportCard } from './report-card.tsx';

/** What a file import did; the server's reasons name the file, never its content. */
export function FilesImportReport({
  report,
  sent,
  pool,
  onImportAnother,
  onUndo,
}: {
  report: ImportBatchDetail;
  /** What the seller sent, in words ("batch-7.zip", "2 files"). */
  sent: string;
  pool: Pool;
  onImportAnother: () => void;
  onUndo: () => void;
}) {
  const t = useT();
  return (
    <ReportCard
      report={report}
      words={{
        rows: t('dash-import-report-files-rows'),
        invalid: t('dash-import-report-files-refused'),
        invalidBadge: t('dash-import-report-files-refused'),
        another: t('dash-import-report-files-another'),
        allImported: t('dash-import-report-files-all'),
        rejectedHeading: t('dash-import-report-files-rejected'),
        lineColumn: t('dash-import-report-files-line'),
      }}
      description={t('dash-import-report-files-text', { sent, pool: pool.name })}
      poolId={pool.id}
      onImportAnother={onImportAnother}
      onUndo={onUndo}
    />
  );
}
