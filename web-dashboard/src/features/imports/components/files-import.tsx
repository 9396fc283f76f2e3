import type { FileDeliveryType, ImportBatchDetail, Pool } from '@codepool/shared';
import { describeError } from '@codepool/shared/client';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Dropzone } from '../../../components/dropzone.tsx';
import { CheckboxField } from '../../../components/field.tsx';
import { AlertIcon, FileIcon, UploadIcon } from '../../../components/icons.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { formatBytes, formatCount } from '../../../lib/format.ts';
import { useServerEvent } from '../../../lib/realtime.ts';
import { useUploadFiles } from '../api/upload-files.ts';
import { isZipName, limitsInWords, overLimits, pickerAccept, refusalTitle } from '../lib/file-limits.ts';
import { FilesImportReport } from './files-import-report.tsx';

type Progress = { uploaded: number; processed: number | null; files: number };
const START: Progress = { uploaded: 0, processed: null, files: 0 };

/** Adds picked or dropped files to the list, leaving out ones already in it (same name and size). */
function merge(old: File[], added: File[]): File[] {
  const next = [...old];
  for (const f of added) if (!next.some((o) => o.name === f.name && o.size === f.size)) next.push(f);
  return next;
}

/**
 * The import of a file or image pool: pick or drop several files or a ZIP, see what is about
 * to be sent, then watch the upload and the server's progress, and read the report. The
 * browser never opens or previews the files: they are sent as they are, and the server
 * sniffs, checks and encrypts them.
 */
export function FilesImport({
  pool,
  type,
  onUndo,
}: {
  pool: Pool;
  type: FileDeliveryType;
  onUndo: (batchId: string) => void;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const [unpack, setUnpack] = useState(true);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [progress, setProgress] = useState<Progress>(START);
  const [report, setReport] = useState<ImportBatchDetail | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadFiles(pool.id);

  useServerEvent('import-progress', (p) => {
    if (p.poolId !== pool.id || !upload.isPending) return;
    setProgress((old) => ({
      ...old,
      uploaded: 1,
      files: p.rows,
      processed: p.totalBytes ? p.bytes / p.totalBytes : old.processed,
    }));
  });

  const reset = () => {
    setFiles([]);
    setReport(null);
    setProgress(START);
    upload.reset();
    if (input.current) input.current.value = '';
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on pool change only
  useEffect(reset, [pool.id]);

  const add = (added: FileList | File[] | null | undefined) => {
    if (!added || added.length === 0) return;
    // Copied first: clearing the input below empties its live FileList before the state updater runs.
    const list = Array.from(added);
    upload.reset();
    setFiles((old) => merge(old, list));
    if (input.current) input.current.value = '';
  };
  const total = files.reduce((n, f) => n + f.size, 0);
  const sent = files.length === 1 ? (files[0]?.name ?? 'file') : `${formatCount(files.length)} files`;
  const zips = files.filter((f) => isZipName(f.name));

  const start = () => {
    if (files.length === 0) return;
    setProgress(START);
    upload.mutate(
      {
        files,
        unpack,
        skipDuplicates,
        onProgress: (p) => setProgress((old) => ({ ...old, uploaded: p.total ? p.loaded / p.total : 0 })),
      },
      { onSuccess: (r) => setReport(r) },
    );
  };

  if (report) {
    return (
      <FilesImportReport
        report={report}
        sent={sent}
        pool={pool}
        onImportAnother={reset}
        onUndo={() => onUndo(report.id)}
      />
    );
  }

  if (upload.isPending) {
    const uploadedAll = progress.uploaded >= 1;
    return (
      <Card
        title={`Importing ${sent}`}
        description="Keep this page open until the report appears."
        testId="import-progress"
      >
        <div className="stack">
          <ProgressBar
            testId="upload-progress"
            label="Upload"
            value={progress.uploaded}
            detail={`${formatBytes(Math.round(progress.uploaded * total))} of ${formatBytes(total)}`}
          />
          <ProgressBar
            testId="processing-progress"
            label="Checking types, encrypting and looking for duplicates"
            value={progress.processed ?? 0}
            indeterminate={uploadedAll && progress.processed === null}
            detail={
              progress.files > 0
                ? `${formatCount(progress.files)} file(s) done`
                : uploadedAll
                  ? 'Processing…'
                  : 'Waiting for the upload'
            }
          />
        </div>
      </Card>
    );
  }

  return (
    <div className="stack">
      <Card
        title={type === 'image' ? 'Choose images' : 'Choose files'}
        description="One item per file, or one ZIP with one item per file inside it."
        testId="files-import"
      >
        <div className="stack">
          <Dropzone title={`Drop ${type === 'image' ? 'images' : 'files'} or a ZIP here`} onFiles={add}>
            <Button variant={files.length ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
              {files.length ? 'Add more…' : 'Choose files…'}
            </Button>
            <input
              ref={input}
              type="file"
              multiple
              accept={pickerAccept(type)}
              className="sr-only"
              aria-label="Files to import"
              data-testid="files-input"
              onChange={(e) => add(e.target.files)}
            />
            <p className="muted small" data-testid="file-limits">
              {limitsInWords(type)}
            </p>
          </Dropzone>

          {files.length > 0 && (
            <div className="stack-sm">
              <div className="table-wrap table-scroll-y">
                <table className="table table-compact" data-testid="chosen-files">
                  <thead>
                    <tr>
                      <th>File</th>
                      <th className="num">Size</th>
                      <th aria-label="Actions" />
                    </tr>
                  </thead>
                  <tbody>
                    {files.map((f) => (
                      <tr key={`${f.name}-${f.size}`}>
                        <td>
                          <span className="file-line">
                            <FileIcon size={16} />
                            <span className="mono">{f.name}</span>
                          </span>
                        </td>
                        <td className="num nowrap">{formatBytes(f.size)}</td>
                        <td className="num">
                          <Button
                            size="sm"
                            variant="plain"
                            aria-label={`Remove ${f.name}`}
                            onClick={() => setFiles((old) => old.filter((o) => o !== f))}
                          >
                            Remove
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted small" data-testid="chosen-total">
                {formatCount(files.length)} file(s), {formatBytes(total)} in all
              </p>
              {overLimits(files).length > 0 && (
                <p className="notice notice-amber" data-testid="over-limits">
                  Likely refused by the server's default limits: {overLimits(files).join(' ')}
                </p>
              )}
            </div>
          )}

          <div className="form-row">
            <CheckboxField
              label="Unpack the ZIP into one item per file"
              hint={
                <>
                  An optional <span className="mono">items.csv</span> in the ZIP, with the columns{' '}
                  <span className="mono">file</span>, <span className="mono">pin</span>,{' '}
                  <span className="mono">note</span>, gives each file its PIN and note. Off: the ZIP itself is one item.
                </>
              }
              checked={unpack}
              disabled={zips.length === 0}
              onChange={(e) => setUnpack(e.target.checked)}
            />
            <CheckboxField
              label="Skip duplicates"
              hint="Files already in your stock, or sent twice, are skipped and listed. Off: one duplicate refuses the whole upload."
              checked={skipDuplicates}
              onChange={(e) => setSkipDuplicates(e.target.checked)}
            />
          </div>

          {upload.isError && (
            <div className="error-state" role="alert" data-testid="upload-error">
              <AlertIcon size={20} />
              <div>
                <strong>{refusalTitle(upload.error)}</strong>
                <p>{describeError(upload.error)}</p>
              </div>
            </div>
          )}

          <div className="actions-row">
            <span className="muted small">Nothing is sent until you import.</span>
            {files.length > 0 && (
              <Button size="sm" variant="plain" onClick={reset}>
                Clear
              </Button>
            )}
            <Button variant="primary" icon={<UploadIcon />} disabled={files.length === 0} onClick={start}>
              {files.length === 0 ? 'Import' : `Import ${sent}`}
            </Button>
          </div>
        </div>
      </Card>
    </div>
  );
}
