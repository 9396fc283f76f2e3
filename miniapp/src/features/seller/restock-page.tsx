import { type AddItemsResult, MAX_ITEMS_PER_CALL, type Pool } from '@codepool/shared';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { Notice } from '../../components/notice.tsx';
import { Page } from '../../components/page.tsx';
import { Row, Section } from '../../components/section.tsx';
import { PageSkeleton } from '../../components/skeleton.tsx';
import { describeError } from '../../lib/api-client.ts';
import { haptic } from '../../lib/telegram.ts';
import { useApi } from '../../lib/use-api.ts';
import { chunk, parseRestock, restockFormat, type SkippedLine } from './parse-restock.ts';
import { addItems, getPool } from './seller-api.ts';

export function RestockPage({ id }: { id: string }) {
  const t = useT();
  const pool = useApi(`pool:${id}`, (signal) => getPool(id, signal));
  return (
    <Page back={{ name: 'pool', id }} title={t('app-restock-title')}>
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
  const i18n = useI18n();
  const { t, number } = i18n;
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState<{ sent: number; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const format = restockFormat(t, pool);
  const parsed = useMemo(() => parseRestock(t, pool, text), [t, pool, text]);

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
        total.stoppedAt = { line: part[0]?.line ?? 0, message: describeError(e, i18n) };
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
        {t('app-restock-lead-before')}
        <strong>{pool.name}</strong>
        {t('app-restock-lead-after', { help: format.help })}
      </p>
      <div className="section">
        <label className="section-title" htmlFor={`${id}-lines`}>
          {t('app-restock-paste')}
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
            ? t('app-restock-batches', { count: MAX_ITEMS_PER_CALL })
            : [
                t('app-restock-ready', { count: parsed.lines.length }),
                parsed.skipped.length ? t('app-restock-unreadable', { count: parsed.skipped.length }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
      </div>

      <Button block loading={sending !== null} disabled={parsed.lines.length === 0} onClick={send}>
        {sending
          ? t('app-restock-sending', { sent: number(sending.sent), total: number(sending.total) })
          : t('app-restock-add', { count: parsed.lines.length })}
      </Button>

      {report ? <RestockReport report={report} /> : null}
    </>
  );
}

function RestockReport({ report }: { report: Report }) {
  const { t, number } = useI18n();
  return (
    <>
      {report.stoppedAt ? (
        <Notice tone="danger" title={t('app-restock-stopped', { line: report.stoppedAt.line })}>
          {report.stoppedAt.message} {t('app-restock-stopped-text')}
        </Notice>
      ) : (
        <Notice tone="success" title={t('app-restock-done')}>
          {t('app-restock-done-text', { count: report.accepted })}
        </Notice>
      )}
      <Section title={t('app-restock-report')}>
        <Row title={t('app-restock-accepted')} after={<strong>{number(report.accepted)}</strong>} />
        <Row title={t('app-restock-duplicates')} after={<strong>{number(report.duplicates)}</strong>} />
        <Row title={t('app-pool-count-invalid')} after={<strong>{number(report.invalid)}</strong>} />
      </Section>
      {report.rejected.length > 0 ? (
        <Section
          title={t('app-restock-rejected')}
          footer={
            report.rejected.length > SHOWN_REJECTIONS
              ? t('app-restock-rejected-more', { count: report.rejected.length - SHOWN_REJECTIONS })
              : undefined
          }
        >
          <ul className="rejections">
            {report.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
              <li key={`${r.line}-${r.code}`}>
                <span className="rejection-line">{t('app-restock-line', { line: r.line })}</span>
                <span>{r.reason}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
