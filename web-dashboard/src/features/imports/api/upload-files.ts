import { ImportBatchDetail } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import { type UploadProgress, uploadForm } from '../../../lib/upload.ts';

export const uploadFilesResponse = ImportBatchDetail;

export type UploadFilesInput = {
  poolId: string;
  files: File[];
  /** false: a ZIP is one item (the archive itself), not one item per entry. */
  unpack: boolean;
  /** true: duplicates are skipped and listed; false: one duplicate refuses the whole upload. */
  skipDuplicates: boolean;
  onProgress?: (p: UploadProgress) => void;
};

/**
 * Sends the files as multipart, each a part in the field `files`. The flags go first and only
 * when they differ from the server's defaults (unpack on, duplicates refused), so the server
 * has read them before the first file arrives.
 */
export function uploadFiles({ poolId, files, unpack, skipDuplicates, onProgress }: UploadFilesInput) {
  const form = new FormData();
  if (!unpack) form.append('unpack', 'false');
  if (skipDuplicates) form.append('skipDuplicates', 'true');
  for (const file of files) form.append('files', file, file.name);
  return uploadForm(`/pools/${poolId}/imports/files`, form, uploadFilesResponse, onProgress ? { onProgress } : {});
}

export function useUploadFiles(poolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<UploadFilesInput, 'poolId'>) => uploadFiles({ ...input, poolId }),
    onSuccess: () =>
      Promise.all(
        [queryKeys.imports(poolId), queryKeys.items(poolId), queryKeys.pools, queryKeys.stockHistory(poolId)].map(
          (queryKey) => client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
