import type { FileDeliveryType, ImportBatchDetail, Pool } from '@codepool/shared';
import { describeError } from '@codepool/shared/client';
import { useI18n } from '@codepool/shared/i18n/react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Dropzone } from '../../../components/dropzone.tsx';
import { CheckboxField } from '../../../components/field.tsx';
import { AlertIcon, FileIcon, UploadIcon } from '../../../components/icons.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useServerEvent } from '../../../lib/realtime.ts';
import { useUploadFiles } from '../api/upload-files.ts';
import { isZipName, limitsInWords, overLimits, pickerAccept, refusalTitle } from '../lib/file-limits.ts';
import { FilesImportReport } from './files-import-report.tsx';
import { MarkedText, mark } from './marked-text.tsx';

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
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
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
  const total = files.reduce((n, file) => n + file.size, 0);
  const sent = files.length === 1 && files[0] ? files[0].name : t('dash-import-files-count', { count: files.length });
  const zips = files.filter((file) => isZipName(file.name));
  const overs = overLimits(files, i18n);

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
        title={t('dash-import-importing', { what: sent })}
        description={t('dash-import-keep-open')}
        testId="import-progress"
      >
        <div className="stack">
          <ProgressBar
            testId="upload-progress"
            label={t('dash-import-progress-upload')}
            value={progress.uploaded}
            detail={t('dash-import-progress-bytes', {
              done: f.bytes(Math.round(progress.uploaded * total)),
              total: f.bytes(total),
            })}
          />
          <ProgressBar
            testId="processing-progress"
            label={t('dash-import-files-progress-checking')}
            value={progress.processed ?? 0}
            indeterminate={uploadedAll && progress.processed === null}
            detail={
              progress.files > 0
                ? t('dash-import-files-progress-done', { count: progress.files })
                : uploadedAll
                  ? t('dash-import-progress-processing')
                  : t('dash-import-progress-waiting')
            }
          />
        </div>
      </Card>
    );
  }

  return (
    <div className="stack">
      <Card
        title={type === 'image' ? t('dash-import-files-title-image') : t('dash-import-files-title-file')}
        description={t('dash-import-files-text')}
        testId="files-import"
      >
        <div className="stack">
          <Dropzone
            title={type === 'image' ? t('dash-import-files-drop-image') : t('dash-import-files-drop-file')}
            onFiles={add}
          >
            <Button variant={files.length ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
              {files.length ? t('dash-import-files-add-more') : t('dash-import-files-choose')}
            </Button>
            <input
              ref={input}
              type="file"
              multiple
              accept={pickerAccept(type)}
              className="sr-only"
              aria-label={t('dash-import-files-input')}
              data-testid="files-input"
              onChange={(e) => add(e.target.files)}
            />
            <p className="muted small" data-testid="file-limits">
              {limitsInWords(type, i18n)}
            </p>
          </Dropzone>

          {files.length > 0 && (
            <div className="stack-sm">
              <TableWrap className="table-scroll-y">
                <table className="table table-compact" data-testid="chosen-files">
                  <thead>
                    <tr>
                      <th>{t('dash-import-files-col-file')}</th>
                      <th className="num">{t('dash-import-files-col-size')}</th>
                      <th>
                        <span className="sr-only">{t('dash-table-actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {files.map((file) => (
                      <tr key={`${file.name}-${file.size}`}>
                        <td>
                          <span className="file-line">
                            <FileIcon size={16} />
                            <span className="mono">{file.name}</span>
                          </span>
                        </td>
                        <td className="num nowrap">{f.bytes(file.size)}</td>
                        <td className="num">
                          <Button
                            size="sm"
                            variant="plain"
                            aria-label={t('dash-import-files-remove-named', { file: file.name })}
                            onClick={() => setFiles((old) => old.filter((o) => o !== file))}
                          >
                            {t('dash-import-files-remove')}
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              <p className="muted small" data-testid="chosen-total">
                {t('dash-import-files-total', { count: files.length, size: f.bytes(total) })}
              </p>
              {overs.length > 0 && (
                <p className="notice notice-amber" data-testid="over-limits">
                  {t('dash-import-files-over-limits', { problems: overs.join(' ') })}
                </p>
              )}
            </div>
          )}

          <div className="form-row">
            <CheckboxField
              label={t('dash-import-files-unpack')}
              hint={
                <MarkedText
                  text={t('dash-import-files-unpack-hint', {
                    csv: mark('items.csv'),
                    file: mark('file'),
                    pin: mark('pin'),
                    note: mark('note'),
                  })}
                  render={(name) => <span className="mono">{name}</span>}
                />
              }
              checked={unpack}
              disabled={zips.length === 0}
              onChange={(e) => setUnpack(e.target.checked)}
            />
            <CheckboxField
              label={t('dash-import-files-skip-duplicates')}
              hint={t('dash-import-files-skip-duplicates-hint')}
              checked={skipDuplicates}
              onChange={(e) => setSkipDuplicates(e.target.checked)}
            />
          </div>

          {upload.isError && (
            <div className="error-state" role="alert" data-testid="upload-error">
              <AlertIcon size={20} />
              <div>
                <strong>{refusalTitle(upload.error, t)}</strong>
                <p>{describeError(upload.error, { i18n })}</p>
              </div>
            </div>
          )}

          <div className="actions-row">
            <span className="muted small">{t('dash-import-files-nothing-sent')}</span>
            {files.length > 0 && (
              <Button size="sm" variant="plain" onClick={reset}>
                {t('dash-import-files-clear')}
              </Button>
            )}
            <Button variant="primary" icon={<UploadIcon />} disabled={files.length === 0} onClick={start}>
              {files.length === 0 ? t('dash-import-files-start-empty') : t('dash-import-start', { what: sent })}
            </Button>
          </div>
        </div>
      </Card>
    </div>
  );
}
