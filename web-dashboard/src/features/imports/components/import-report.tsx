import type { ImportSeparator, Pool, ImportReport as Report } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { ReportCard } from './report-card.tsx';

const separatorWords = (t: Translate): Record<ImportSeparator, string> => ({
  ',': t('dash-import-report-separator-comma'),
  ';': t('dash-import-report-separator-semicolon'),
  '\t': t('dash-import-report-separator-tab'),
});

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
  const t = useT();
  return (
    <ReportCard
      report={report}
      words={{
        rows: t('dash-import-report-csv-rows'),
        invalid: t('dash-import-report-csv-invalid'),
        invalidBadge: t('dash-import-report-csv-invalid-badge'),
        another: t('dash-import-report-csv-another'),
        allImported: t('dash-import-report-csv-all'),
        rejectedHeading: t('dash-import-report-csv-rejected'),
        lineColumn: t('dash-import-report-csv-line'),
      }}
      description={t('dash-import-report-csv-text', {
        file: fileName ?? t('dash-import-report-csv-the-file'),
        pool: pool.name,
        separator: separatorWords(t)[report.separator],
        header: report.header ? 'yes' : 'no',
      })}
      poolId={pool.id}
      onImportAnother={onImportAnother}
      onUndo={onUndo}
    >
      <div className="columns-used">
        <span className="muted small">{t('dash-import-report-csv-columns')}</span>
        {report.columns.map((c) => (
          <Badge key={c.column} tone="neutral">
            {c.column}: {c.field}
          </Badge>
        ))}
      </div>
    </ReportCard>
  );
}
