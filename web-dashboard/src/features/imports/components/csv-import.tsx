import { IMPORT_SEPARATORS, type ImportSeparator, type Pool, type ImportReport as Report } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import { useT } from '@codepool/shared/i18n/react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Dropzone } from '../../../components/dropzone.tsx';
import { CheckboxField, SelectField } from '../../../components/field.tsx';
import { FileIcon, UploadIcon } from '../../../components/icons.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { ErrorState, InlineError } from '../../../components/states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useServerEvent } from '../../../lib/realtime.ts';
import { useUploadImport } from '../api/upload-import.ts';
import {
  type CsvPreview,
  IGNORE,
  looksLikeHeader,
  mappingForServer,
  mappingProblem,
  readPreview,
  suggestMapping,
  type Target,
} from '../lib/csv-preview.ts';
import { ImportReport } from './import-report.tsx';
import { MappingPreview } from './mapping-preview.tsx';
import { TemplateDownloads } from './template-downloads.tsx';

const separatorNames = (t: Translate): Record<ImportSeparator, string> => ({
  ',': t('dash-import-separator-comma'),
  ';': t('dash-import-separator-semicolon'),
  '\t': t('dash-import-separator-tab'),
});

/** The server's limit on a CSV upload, as the panel states it. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

type Progress = { uploaded: number; processed: number | null; rows: number };

/**
 * The CSV import: pick or drop a file, check the first rows as the browser reads them
 * (separator and column mapping editable), then watch it upload and be processed, and
 * read the report. Nothing is sent until the seller says so.
 */
export function CsvImport({ pool, onUndo }: { pool: Pool; onUndo: (batchId: string) => void }) {
  const t = useT();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [header, setHeader] = useState(true);
  const [mapping, setMapping] = useState<Target[]>([]);
  const [strict, setStrict] = useState(false);
  const [progress, setProgress] = useState<Progress>({ uploaded: 0, processed: null, rows: 0 });
  const [report, setReport] = useState<Report | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadImport(pool.id);

  useServerEvent('import-progress', (p) => {
    if (p.poolId !== pool.id || !upload.isPending) return;
    setProgress((old) => ({ ...old, rows: p.rows, processed: p.totalBytes ? p.bytes / p.totalBytes : old.processed }));
  });

  const load = async (picked: File, separator?: ImportSeparator) => {
    setReadError(null);
    try {
      const next = await readPreview(picked, separator);
      const hasHeader = looksLikeHeader(pool.fields, next.records[0]);
      setFile(picked);
      setPreview(next);
      setHeader(hasHeader);
      setMapping(suggestMapping(pool.fields, next, hasHeader));
    } catch (e) {
      setReadError(e);
    }
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setReport(null);
    setProgress({ uploaded: 0, processed: null, rows: 0 });
    upload.reset();
    if (input.current) input.current.value = '';
  };

  // A fresh pool page starts over; the pool id is the only thing the wizard depends on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on pool change only
  useEffect(reset, [pool.id]);

  const start = () => {
    if (!file || !preview) return;
    setProgress({ uploaded: 0, processed: null, rows: 0 });
    upload.mutate(
      {
        file,
        separator: preview.separator,
        mapping: mappingForServer(preview, header, mapping),
        strict,
        onProgress: (p) => setProgress((old) => ({ ...old, uploaded: p.total ? p.loaded / p.total : 0 })),
      },
      { onSuccess: (r) => setReport(r) },
    );
  };

  if (report) {
    return (
      <ImportReport
        report={report}
        fileName={file?.name ?? null}
        pool={pool}
        onImportAnother={reset}
        onUndo={() => onUndo(report.batchId)}
      />
    );
  }

  if (upload.isPending) {
    const uploadedAll = progress.uploaded >= 1;
    return (
      <Card
        title={t('dash-import-importing', { what: file?.name ?? t('dash-import-csv-unnamed') })}
        description={t('dash-import-keep-open')}
        testId="import-progress"
      >
        <div className="stack">
          <ProgressBar
            testId="upload-progress"
            label={t('dash-import-progress-upload')}
            value={progress.uploaded}
            detail={
              file
                ? t('dash-import-progress-bytes', {
                    done: f.bytes(Math.round(progress.uploaded * file.size)),
                    total: f.bytes(file.size),
                  })
                : undefined
            }
          />
          <ProgressBar
            testId="processing-progress"
            label={t('dash-import-csv-progress-checking')}
            value={progress.processed ?? 0}
            indeterminate={uploadedAll && progress.processed === null}
            detail={
              progress.rows > 0
                ? t('dash-import-csv-progress-rows', { count: progress.rows })
                : uploadedAll
                  ? t('dash-import-progress-processing')
                  : t('dash-import-progress-waiting')
            }
          />
        </div>
      </Card>
    );
  }

  if (!file || !preview) {
    return (
      <div className="stack">
        <Card title={t('dash-import-csv-choose-title')} description={t('dash-import-csv-choose-text')}>
          <Dropzone
            title={t('dash-import-csv-drop')}
            onFiles={(files) => {
              const picked = files[0];
              if (picked) void load(picked);
            }}
          >
            <Button variant="primary" onClick={() => input.current?.click()}>
              {t('dash-import-csv-choose-button')}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,.txt,.tsv,text/csv,text/plain"
              className="sr-only"
              aria-label={t('dash-import-csv-input')}
              data-testid="csv-file-input"
              onChange={(e) => {
                const picked = e.target.files?.[0];
                if (picked) void load(picked);
              }}
            />
            <p className="muted small">{t('dash-import-csv-accepts', { max: f.bytes(MAX_CSV_BYTES) })}</p>
          </Dropzone>
          {readError !== null && <ErrorState title={t('dash-import-csv-read-error')} error={readError} />}
        </Card>
        <TemplateDownloads pool={pool} />
      </div>
    );
  }

  const problem = mappingProblem(pool.fields, mapping, t);
  const separators = separatorNames(t);
  const dataRows = header ? preview.records.slice(1) : preview.records;
  return (
    <Card
      title={t('dash-import-csv-check-title')}
      description={t('dash-import-csv-check-text')}
      testId="import-preview"
      actions={
        <Button size="sm" variant="plain" onClick={reset}>
          {t('dash-import-csv-another')}
        </Button>
      }
    >
      <div className="stack">
        <div className="file-line">
          <FileIcon size={18} />
          <strong>{file.name}</strong>
          <span className="muted">{f.bytes(file.size)}</span>
        </div>
        <div className="form-row form-row-3">
          <SelectField
            label={t('dash-import-separator')}
            value={preview.separator}
            onChange={(e) => void load(file, e.target.value as ImportSeparator)}
            hint={t('dash-import-separator-hint')}
            data-testid="separator-select"
          >
            {IMPORT_SEPARATORS.map((s) => (
              <option key={s} value={s}>
                {separators[s]}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t('dash-import-header')}
            hint={t('dash-import-header-hint')}
            checked={header}
            onChange={(e) => {
              setHeader(e.target.checked);
              setMapping(suggestMapping(pool.fields, preview, e.target.checked));
            }}
          />
          <CheckboxField
            label={t('dash-import-strict')}
            hint={t('dash-import-strict-hint')}
            checked={strict}
            onChange={(e) => setStrict(e.target.checked)}
          />
        </div>
        <MappingPreview
          fields={pool.fields}
          headerRow={header ? (preview.records[0] ?? []) : null}
          rows={dataRows.slice(0, 8)}
          width={preview.width}
          mapping={mapping}
          onChange={(i, target) => setMapping((m) => m.map((old, j) => (j === i ? target : old)))}
        />
        {problem && <p className="inline-error">{problem}</p>}
        <InlineError error={upload.error} />
        <div className="actions-row">
          <span className="muted small">
            {t('dash-import-columns-used', {
              used: mapping.filter((target) => target !== IGNORE).length,
              count: preview.width,
            })}
          </span>
          <Button variant="primary" icon={<UploadIcon />} disabled={Boolean(problem)} onClick={start}>
            {t('dash-import-start', { what: file.name })}
          </Button>
        </div>
      </div>
    </Card>
  );
}
