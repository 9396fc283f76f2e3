import { type AddItemsResult, MAX_ITEMS_PER_CALL, type Pool } from '@codepool/shared';
import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { describeError } from '../../lib/api-client.ts';
import { plural } from '../../lib/format.ts';
import { haptic } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { chunk, parseRestock, restockFormat, type SkippedLine } from './parse-restock.ts';
import { addItems, getPool } from './seller-api.ts';

export function RestockPage({ id }: { id: string }) {
  const pool = useApi(`pool:${id}`, (signal) => getPool(id, signal));
  return (
    <Page back={{ name: 'pool', id }} title="Restock">
      {pool.status === 'loading' ? <PageSkeleton cards={1} /> : null}
      {pool.status === 'error' ? <ErrorState error={pool.error} onRetry={pool.reload} /> : null}
      {pool.status === 'ready' ? <RestockForm pool={pool.data} /> : null}
    </Page>
  );
}

type Report = {
  accepted: number;
  duplicates: number;
  invalid: number;
  rejected: SkippedLine[];
  /** Set when a chunk failed: lines before it were sent, the rest were not. */
  stoppedAt?: { line: number; message: string };
};

const SHOWN_REJECTIONS = 50;

function RestockForm({ pool }: { pool: Pool }) {
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState<{ sent: number; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const format = restockFormat(pool);
  const parsed = useMemo(() => parseRestock(pool, text), [pool, text]);

  const send = async () => {
    if (parsed.lines.length === 0) return;
    haptic.tap();
    const total: Report = { accepted: 0, duplicates: 0, invalid: parsed.skipped.length, rejected: [...parsed.skipped] };
    const chunks = chunk(parsed.lines, MAX_ITEMS_PER_CALL);
    setReport(null);
    let sent = 0;
    setSending({ sent, total: parsed.lines.length });
    for (const part of chunks) {
      let result: AddItemsResult;
      try {
        result = await addItems(
          pool.id,
          part.map((l) => l.item),
        );
      } catch (e) {
        total.stoppedAt = { line: part[0]?.line ?? 0, message: describeError(e) };
        break;
      }
      total.accepted += result.accepted ?? 0;
      total.duplicates += result.duplicates ?? 0;
      total.invalid += result.invalid ?? 0;
      for (const r of result.rejected ?? []) {
        total.rejected.push({ line: part[r.index]?.line ?? 0, code: r.code, reason: r.reason });
      }
      sent += part.length;
      setSending({ sent, total: parsed.lines.length });
    }
    total.rejected.sort((a, b) => a.line - b.line);
    setSending(null);
    setReport(total);
    if (total.stoppedAt) haptic.error();
    else {
      haptic.success();
      setText('');
    }
  };

  return (
    <>
      <p className="page-lead">
        Add stock to <strong>{pool.name}</strong>. {format.help} Duplicates of codes you already have are skipped.
      </p>
      <div className="section">
        <label className="section-title" htmlFor={`${id}-lines`}>
          Paste items
        </label>
        <div className="section-card">
          <textarea
            id={`${id}-lines`}
            className="textarea mono"
            rows={8}
            value={text}
            placeholder={format.example}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <p className="section-footer">
          {parsed.lines.length === 0 && parsed.skipped.length === 0
            ? 'Large lists are sent 1,000 lines at a time.'
            : `${plural(parsed.lines.length, 'item')} ready${
                parsed.skipped.length ? ` · ${plural(parsed.skipped.length, 'line')} cannot be read` : ''
              }`}
        </p>
      </div>

      <Button block loading={sending !== null} disabled={parsed.lines.length === 0} onClick={send}>
        {sending
          ? `Sending ${sending.sent.toLocaleString('en-US')} / ${sending.total.toLocaleString('en-US')}`
          : parsed.lines.length === 0
            ? 'Add items'
            : `Add ${plural(parsed.lines.length, 'item')}`}
      </Button>

      {report ? <RestockReport report={report} /> : null}
    </>
  );
}

function RestockReport({ report }: { report: Report }) {
  return (
    <>
      {report.stoppedAt ? (
        <Notice tone="danger" title={`Stopped at line ${report.stoppedAt.line}`}>
          {report.stoppedAt.message} Lines before it were added; paste the rest again to continue.
        </Notice>
      ) : (
        <Notice tone="success" title="Restocked">
          {plural(report.accepted, 'item')} added to the pool.
        </Notice>
      )}
      <Section title="Report">
        <Row title="Accepted" after={<strong>{report.accepted.toLocaleString('en-US')}</strong>} />
        <Row title="Duplicates skipped" after={<strong>{report.duplicates.toLocaleString('en-US')}</strong>} />
        <Row title="Invalid" after={<strong>{report.invalid.toLocaleString('en-US')}</strong>} />
      </Section>
      {report.rejected.length > 0 ? (
        <Section
          title="Lines not added"
          footer={
            report.rejected.length > SHOWN_REJECTIONS
              ? `And ${report.rejected.length - SHOWN_REJECTIONS} more.`
              : undefined
          }
        >
          <ul className="rejections">
            {report.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
              <li key={`${r.line}-${r.code}`}>
                <span className="rejection-line">Line {r.line}</span>
                <span>{r.reason}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
