import type { ImportBatchDetail, Pool } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { Button, ButtonLink } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { CheckIcon } from '../../../components/icons.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { formatCount } from '../../../lib/format.ts';

/**
 * What a file import did: counts, and the files it did not take with the server's reason
 * (which names the file, never its content), and Undo.
 */
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
  const hidden = report.rejectedTotal - report.rejected.length;
  return (
    <Card
      testId="import-report"
      title={
        <span className="title-with-icon">
          <span className="ok-dot">
            <CheckIcon size={14} />
          </span>
          Import finished
        </span>
      }
      description={`${sent} → ${pool.name}. Each file is one item, encrypted as it arrived.`}
      actions={
        <>
          <Button size="sm" variant="plain" onClick={onUndo} disabled={report.accepted === 0}>
            Undo this import
          </Button>
          <Button variant="secondary" size="sm" onClick={onImportAnother}>
            Import more files
          </Button>
          <ButtonLink size="sm" variant="primary" to={`/pools/${pool.id}`}>
            Back to pool
          </ButtonLink>
        </>
      }
    >
      <div className="stack">
        <div className="stats stats-4">
          <StatCard testId="report-rows" label="Files read" value={formatCount(report.rows)} />
          <StatCard testId="report-accepted" label="Accepted" value={formatCount(report.accepted)} tone="green" />
          <StatCard
            testId="report-duplicates"
            label="Duplicates skipped"
            value={formatCount(report.duplicates)}
            tone={report.duplicates > 0 ? 'amber' : 'neutral'}
          />
          <StatCard
            testId="report-invalid"
            label="Refused"
            value={formatCount(report.invalid)}
            tone={report.invalid > 0 ? 'red' : 'neutral'}
          />
        </div>
        {report.rejectedTotal === 0 ? (
          <p className="notice notice-green">Every file was imported.</p>
        ) : (
          <div className="stack-sm">
            <h3 className="subheading">
              Not imported <span className="muted">({formatCount(report.rejectedTotal)})</span>
            </h3>
            <div className="table-wrap table-scroll-y">
              <table className="table table-compact" data-testid="rejected-lines">
                <thead>
                  <tr>
                    <th className="col-line">File #</th>
                    <th>Why</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((r) => (
                    <tr key={`${r.line}-${r.reason}`}>
                      <td className="mono">{r.line}</td>
                      <td>
                        {r.code === 'invalid' ? (
                          <Badge tone="red">Refused</Badge>
                        ) : (
                          <Badge tone="amber">Duplicate</Badge>
                        )}{' '}
                        {r.reason}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {hidden > 0 && <p className="muted small">…and {formatCount(hidden)} more, not listed.</p>}
          </div>
        )}
      </div>
    </Card>
  );
}
