import { z } from 'zod';
import { Timestamp } from './common.ts';
import type { DeliveryType } from './enums.ts';

/** The delivery types whose items are files (bytes) with optional text fields beside them. */
export const FILE_DELIVERY_TYPES = ['file', 'image'] as const satisfies readonly DeliveryType[];
export type FileDeliveryType = (typeof FILE_DELIVERY_TYPES)[number];
export function isFileDeliveryType(type: DeliveryType): type is FileDeliveryType {
  return (FILE_DELIVERY_TYPES as readonly string[]).includes(type);
}

/** What an image pool takes. */
export const IMAGE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/**
 * Every content type the server can recognise from the bytes (never from a name or header).
 * A file pool takes the ones `FILE_TYPES` allows (all of these by default).
 */
export const FILE_CONTENT_TYPES = [...IMAGE_CONTENT_TYPES, 'application/pdf', 'text/plain', 'application/zip'] as const;
export const FileContentType = z.enum(FILE_CONTENT_TYPES);
export type FileContentType = z.infer<typeof FileContentType>;

export function isImageContentType(type: string): boolean {
  return (IMAGE_CONTENT_TYPES as readonly string[]).includes(type);
}

/** The most a file name keeps (longer names are cut, keeping the extension). */
export const MAX_FILE_NAME_LENGTH = 200;

/** What anyone but the buyer sees of a file item: never the content, no thumbnail. */
export const ItemFile = z.object({
  name: z.string(),
  contentType: FileContentType,
  /** Bytes of the plaintext. */
  size: z.number().int().nonnegative(),
});
export type ItemFile = z.infer<typeof ItemFile>;

/**
 * A short-lived URL that streams one file item to its buyer: signed, good for one request,
 * a few minutes. Relative to the API's origin (`/api/files/…`).
 */
export const DownloadLink = z.object({ url: z.string(), expiresAt: Timestamp });
export type DownloadLink = z.infer<typeof DownloadLink>;

/** A file item in a reveal: what it is and a fresh link to its bytes (the image inline, the file to save). */
export const RevealedFile = ItemFile.extend({ download: DownloadLink });
export type RevealedFile = z.infer<typeof RevealedFile>;

/** Human size: 980 B, 12.4 KB, 3.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
