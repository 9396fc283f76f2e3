import type { ImportBatchDetail, Pool } from '@codepool/shared';
import { ReportCard, type ReportWords } from './report-card.tsx';

const WORDS: ReportWords = {
  rows: 'Files read',
  invalid: 'Refused',
  invalidBadge: 'Refused',
  another: 'Import more files',
  allImported: 'Every file was imported.',
  rejectedHeading: 'Not imported',
  lineColumn: 'File #',
};

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
  return (
    <ReportCard
      report={report}
      words={WORDS}
      description={`${sent} → ${pool.name}. Each file is one item, encrypted as it arrived.`}
      poolId={pool.id}
      onImportAnother={onImportAnother}
      onUndo={onUndo}
    />
  );
}
