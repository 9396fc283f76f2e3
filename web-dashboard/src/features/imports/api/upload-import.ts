import { ImportReport, type ImportSeparator } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import { type UploadProgress, uploadForm } from '../../../lib/upload.ts';

export const uploadImportResponse = ImportReport;

export type UploadImportInput = {
  poolId: string;
  file: File;
  separator: ImportSeparator;
  mapping: Record<string, string>;
  strict: boolean;
  onProgress?: (p: UploadProgress) => void;
};

/** Sends the CSV as multipart (the field `file`, beside separator, mapping as JSON and strict). */
export function uploadImport({ poolId, file, separator, mapping, strict, onProgress }: UploadImportInput) {
  const form = new FormData();
  form.append('separator', separator);
  form.append('mapping', JSON.stringify(mapping));
  form.append('strict', strict ? 'true' : 'false');
  form.append('file', file, file.name);
  return uploadForm(`/pools/${poolId}/imports`, form, uploadImportResponse, onProgress ? { onProgress } : {});
}

export function useUploadImport(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<UploadImportInput, 'poolId'>) => uploadImport({ ...input, poolId }),
    onSuccess: () =>
      Promise.all(
        [queryKeys.imports(poolId), queryKeys.items(poolId), queryKeys.pools, queryKeys.stockHistory(poolId)].map(
          (queryKey) => client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
