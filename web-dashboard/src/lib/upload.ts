import { ApiError, readPayload } from '@codepool/shared/client';
import type { z } from 'zod';
import { failure, parseAnswer } from './api-client.ts';

export type UploadProgress = { loaded: number; total: number };

/**
 * Posts a multipart form with XMLHttpRequest, the one browser API that reports upload
 * progress. The answer is checked like any other.
 */
export function uploadForm<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  { onProgress, signal }: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.({ loaded: e.loaded, total: e.total });
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'The upload was interrupted. Check your connection and try again.'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      const payload = readPayload(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) return reject(failure(xhr.status, payload));
      try {
        resolve(parseAnswer(schema, payload, `POST ${path}`));
      } catch (e) {
        reject(e);
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
