import type { FileLimits } from '../../files/file-store.ts';

/** FILE_IMPORT_MAX_FILES and FILE_IMPORT_MAX_BYTES, when the deployment says nothing. */
export const DEFAULT_IMPORT_MAX_FILES = 1000;
export const DEFAULT_IMPORT_MAX_BYTES = 200 * 1024 * 1024;

/** What one file import may hold: the per-file limits and the upload's (files, bytes in all, expanded). */
export type FileImportLimits = FileLimits & { importMaxFiles: number; importMaxBytes: number };

/** The deployment's limits, with the import bounds defaulted where its FileLimits has none. */
export function fileImportLimits(limits: FileLimits & Partial<FileImportLimits>): FileImportLimits {
  return {
    ...limits,
    importMaxFiles: limits.importMaxFiles ?? DEFAULT_IMPORT_MAX_FILES,
    importMaxBytes: limits.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
  };
}
