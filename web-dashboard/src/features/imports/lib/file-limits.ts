import { FILE_CONTENT_TYPES, type FileContentType, type FileDeliveryType, IMAGE_CONTENT_TYPES } from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import type { Translate, Translator } from '@codepool/shared/i18n';
import { fileTypeLabel } from '../../../lib/file-types.ts';
import { formatFor } from '../../../lib/format.ts';

type Words = Pick<Translator, 'locale' | 't'>;

/**
 * The server's default limits for a file upload (FILE_MAX_BYTES, FILE_IMPORT_MAX_FILES,
 * FILE_IMPORT_MAX_BYTES). The API does not publish a deployment's own values, so these are
 * what the panel states; the server enforces its own and names the file that went over.
 */
export const DEFAULT_UPLOAD_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: 1000,
  maxUploadBytes: 200 * 1024 * 1024,
} as const;

const EXTENSIONS: Record<FileContentType, string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
  'application/pdf': ['.pdf'],
  'text/plain': ['.txt'],
  'application/zip': ['.zip'],
};

/** What a pool of this type takes as items (an image pool: the image types). */
export function itemTypesOf(type: FileDeliveryType): readonly FileContentType[] {
  return type === 'image' ? IMAGE_CONTENT_TYPES : FILE_CONTENT_TYPES;
}

/**
 * The file picker's `accept`: the item types, plus ZIP (an archive of items). The server
 * sniffs the bytes either way; this only narrows the dialog.
 */
export function pickerAccept(type: FileDeliveryType): string {
  const types = new Set<FileContentType>([...itemTypesOf(type), 'application/zip']);
  return [...types].flatMap((t) => [t, ...EXTENSIONS[t]]).join(',');
}

export const isZipName = (name: string) => /\.zip$/i.test(name);

/** The limits in words, for the panel. */
export function limitsInWords(type: FileDeliveryType, translator: Words): string {
  const { t } = translator;
  const f = formatFor(translator);
  const { maxFileBytes, maxFiles, maxUploadBytes } = DEFAULT_UPLOAD_LIMITS;
  return t('dash-import-files-limits', {
    types: itemTypesOf(type).map(fileTypeLabel).join(', '),
    maxFile: f.bytes(maxFileBytes),
    maxFiles,
    maxUpload: f.bytes(maxUploadBytes),
  });
}

/**
 * Files the server will likely refuse by its default limits, said before anything is sent. A
 * warning, not a refusal: a deployment may allow more.
 */
export function overLimits(files: readonly { name: string; size: number }[], translator: Words): string[] {
  const { t } = translator;
  const f = formatFor(translator);
  const { maxFileBytes, maxFiles, maxUploadBytes } = DEFAULT_UPLOAD_LIMITS;
  const out = files
    .filter((file) => file.size > maxFileBytes && !isZipName(file.name))
    .map((file) => t('dash-import-files-over-size', { file: file.name, max: f.bytes(maxFileBytes) }));
  if (files.length > maxFiles) out.push(t('dash-import-files-over-count', { count: files.length, max: maxFiles }));
  const total = files.reduce((n, file) => n + file.size, 0);
  if (total > maxUploadBytes)
    out.push(t('dash-import-files-over-total', { total: f.bytes(total), max: f.bytes(maxUploadBytes) }));
  return out;
}

/** A refused upload's heading: what kind of refusal it was. Nothing is written in any of them. */
export function refusalTitle(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('dash-import-refusal-unfinished');
  switch (error.status) {
    case 413:
      return t('dash-import-refusal-too-large');
    case 415:
      return t('dash-import-refusal-type');
    // 409: duplicates while they are not skipped, another import running, an archived pool; the message says which.
    case 409:
    case 422:
      return t('dash-import-refusal-nothing-imported');
    default:
      return t('dash-import-refusal-refused');
  }
}
