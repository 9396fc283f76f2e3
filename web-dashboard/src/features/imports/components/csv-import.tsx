import { IMPORT_SEPARATORS, type ImportSeparator, type Pool, type ImportReport as Report } from '@codepool/shared';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Dropzone } from '../../../components/dropzone.tsx';
import { CheckboxField, SelectField } from '../../../components/field.tsx';
import { FileIcon, UploadIcon } from '../../../components/icons.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { ErrorState, InlineError } from '../../../components/states.tsx';
import { formatBytes, formatCount } from '../../../lib/format.ts';
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

const SEPARATOR_NAMES: Record<ImportSeparator, string> = { ',': 'Comma  ,', ';': 'Semicolon  ;', '\t': 'Tab' };

type Progress = { uploaded: number; processed: number | null; rows: number };

/**
 * The CSV import: pick or drop a file, check the first rows as the browser reads them
 * (separator and column mapping editable), then watch it upload and be processed, and
 * read the report. Nothing is sent until the seller says so.
 */
export function CsvImport({ pool, onUndo }: { pool: Pool; onUndo: (batchId: string) => void }) {
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

  const load = async (f: File, separator?: ImportSeparator) => {
    setReadError(null);
    try {
      const next = await readPreview(f, separator);
      const hasHeader = looksLikeHeader(pool.fields, next.records[0]);
      setFile(f);
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
        title={`Importing ${file?.name ?? 'file'}`}
        description="Keep this page open until the report appears."
        testId="import-progress"
      >
        <div className="stack">
          <ProgressBar
            testId="upload-progress"
            label="Upload"
            value={progress.uploaded}
            detail={
              file
                ? `${formatBytes(Math.round(progress.uploaded * file.size))} of ${formatBytes(file.size)}`
                : undefined
            }
          />
          <ProgressBar
            testId="processing-progress"
            label="Encrypting and checking for duplicates"
            value={progress.processed ?? 0}
            indeterminate={uploadedAll && progress.processed === null}
            detail={
              progress.rows > 0
                ? `${formatCount(progress.rows)} rows read`
                : uploadedAll
                  ? 'Processing…'
                  : 'Waiting for the upload'
            }
          />
        </div>
      </Card>
    );
  }

  if (!file || !preview) {
    return (
      <div className="stack">
        <Card
          title="Choose a CSV file"
          description="One item per line. A header row naming the columns helps; see the templates."
        >
          <Dropzone
            title="Drop a CSV file here"
            onFiles={(files) => {
              const f = files[0];
              if (f) void load(f);
            }}
          >
            <Button variant="primary" onClick={() => input.current?.click()}>
              Choose file…
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,.txt,.tsv,text/csv,text/plain"
              className="sr-only"
              aria-label="CSV file"
              data-testid="csv-file-input"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void load(f);
              }}
            />
            <p className="muted small">UTF-8, comma, semicolon or tab separated, up to 50 MB.</p>
          </Dropzone>
          {readError !== null && <ErrorState title="Could not read the file" error={readError} />}
        </Card>
        <TemplateDownloads pool={pool} />
      </div>
    );
  }

  const problem = mappingProblem(pool.fields, mapping);
  const dataRows = header ? preview.records.slice(1) : preview.records;
  return (
    <Card
      title="Check the columns"
      description="The first rows as your browser reads them. Nothing has been sent yet."
      testId="import-preview"
      actions={
        <Button size="sm" variant="plain" onClick={reset}>
          Choose another file
        </Button>
      }
    >
      <div className="stack">
        <div className="file-line">
          <FileIcon size={18} />
          <strong>{file.name}</strong>
          <span className="muted">{formatBytes(file.size)}</span>
        </div>
        <div className="form-row form-row-3">
          <SelectField
            label="Separator"
            value={preview.separator}
            onChange={(e) => void load(file, e.target.value as ImportSeparator)}
            hint="Detected from the first lines."
            data-testid="separator-select"
          >
            {IMPORT_SEPARATORS.map((s) => (
              <option key={s} value={s}>
                {SEPARATOR_NAMES[s]}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label="The first row is a header"
            hint="Its cells name the columns and it is not imported."
            checked={header}
            onChange={(e) => {
              setHeader(e.target.checked);
              setMapping(suggestMapping(pool.fields, preview, e.target.checked));
            }}
          />
          <CheckboxField
            label="All or nothing"
            hint="Refuse the whole file if any line is a duplicate."
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
          onChange={(i, t) => setMapping((m) => m.map((old, j) => (j === i ? t : old)))}
        />
        {problem && <p className="inline-error">{problem}</p>}
        <InlineError error={upload.error} />
        <div className="actions-row">
          <span className="muted small">
            {mapping.filter((t) => t !== IGNORE).length} of {preview.width} column(s) imported
          </span>
          <Button variant="primary" icon={<UploadIcon />} disabled={Boolean(problem)} onClick={start}>
            Import {file.name}
          </Button>
        </div>
      </div>
    </Card>
  );
}
