import type { Pool, ImportReport as Report } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { ReportCard, type ReportWords } from './report-card.tsx';

const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const WORDS: ReportWords = {
  rows: 'Rows read',
  invalid: 'Invalid lines',
  invalidBadge: 'Invalid',
  another: 'Import another file',
  allImported: 'Every line was imported.',
  rejectedHeading: 'Rejected lines',
  lineColumn: 'Line',
};

/** What a CSV import did: counts, the columns it read, the rejected lines with their reasons (never their content). */
export function ImportReport({
  report,
  fileName,
  pool,
  onImportAnother,
  onUndo,
}: {
  report: Report;
  fileName: string | null;
  pool: Pool;
  onImportAnother: () => void;
  onUndo: () => void;
}) {
  return (
    <ReportCard
      report={report}
      words={WORDS}
      description={`${fileName ?? 'The file'} → ${pool.name}. Read with ${SEPARATORS[report.separator] ?? report.separator} separators${report.header ? ', first row as header' : ', no header row'}.`}
      poolId={pool.id}
      onImportAnother={onImportAnother}
      onUndo={onUndo}
    >
      <div className="columns-used">
        <span className="muted small">Columns:</span>
        {report.columns.map((c) => (
          <Badge key={c.column} tone="neutral">
            {c.column}: {c.field}
          </Badge>
        ))}
      </div>
    </ReportCard>
  );
}
