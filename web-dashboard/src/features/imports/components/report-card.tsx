import type { RejectedLine } from '@codepool/shared';
import { useI18n } from '@codepool/shared/i18n/react';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button, ButtonLink } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { CheckIcon } from '../../../components/icons.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { useFormat } from '../../../lib/format.ts';
import { rejectReason } from '../lib/reject-reason.ts';

/** The words that differ between a CSV import's report (lines) and a file import's (files). */
export type ReportWords = {
  rows: string;
  invalid: string;
  invalidBadge: string;
  another: string;
  allImported: string;
  rejectedHeading: string;
  lineColumn: string;
};

type Counts = {
  rows: number;
  accepted: number;
  duplicates: number;
  invalid: number;
  rejectedTotal: number;
  rejected: RejectedLine[];
};

/**
 * The report every import ends with: counts, what was not taken with the server's reason (never
 * the content), and Undo. `children` go between the counts and the rejected list.
 */
export function ReportCard({
  report,
  words,
  description,
  poolId,
  onImportAnother,
  onUndo,
  children,
}: {
  report: Counts;
  words: ReportWords;
  description: string;
  poolId: string;
  onImportAnother: () => void;
  onUndo: () => void;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
  const hidden = report.rejectedTotal - report.rejected.length;
  return (
    <Card
      testId="import-report"
      title={
        <span className="title-with-icon">
          <span className="ok-dot">
            <CheckIcon size={14} />
          </span>
          {t('dash-import-report-title')}
        </span>
      }
      description={description}
      actions={
        <>
          <Button size="sm" variant="plain" onClick={onUndo} disabled={report.accepted === 0}>
            {t('dash-import-report-undo')}
          </Button>
          <Button variant="secondary" size="sm" onClick={onImportAnother}>
            {words.another}
          </Button>
          <ButtonLink size="sm" variant="primary" to={`/pools/${poolId}`}>
            {t('dash-import-report-back')}
          </ButtonLink>
        </>
      }
    >
      <div className="stack">
        <div className="stats stats-4">
          <StatCard testId="report-rows" label={words.rows} value={f.count(report.rows)} />
          <StatCard
            testId="report-accepted"
            label={t('dash-import-report-accepted')}
            value={f.count(report.accepted)}
            tone="green"
          />
          <StatCard
            testId="report-duplicates"
            label={t('dash-import-report-duplicates')}
            value={f.count(report.duplicates)}
            tone={report.duplicates > 0 ? 'amber' : 'neutral'}
          />
          <StatCard
            testId="report-invalid"
            label={words.invalid}
            value={f.count(report.invalid)}
            tone={report.invalid > 0 ? 'red' : 'neutral'}
          />
        </div>
        {children}
        {report.rejectedTotal === 0 ? (
          <p className="notice notice-green">{words.allImported}</p>
        ) : (
          <div className="stack-sm">
            <h3 className="subheading">
              {words.rejectedHeading} <span className="muted">({f.count(report.rejectedTotal)})</span>
            </h3>
            <TableWrap className="table-scroll-y">
              <table className="table table-compact" data-testid="rejected-lines">
                <thead>
                  <tr>
                    <th className="col-line">{words.lineColumn}</th>
                    <th>{t('dash-import-report-why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((r) => (
                    <tr key={`${r.line}-${r.reason}`}>
                      <td className="mono">{r.line}</td>
                      <td>
                        {r.code === 'invalid' ? (
                          <Badge tone="red">{words.invalidBadge}</Badge>
                        ) : (
                          <Badge tone="amber">{t('dash-import-report-duplicate')}</Badge>
                        )}{' '}
                        {rejectReason(r, i18n)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {hidden > 0 && <p className="muted small">{t('dash-import-report-more', { count: hidden })}</p>}
          </div>
        )}
      </div>
    </Card>
  );
}
