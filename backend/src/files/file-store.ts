import type { Readable } from 'node:stream';
import { FILE_CONTENT_TYPES, type FileContentType, formatBytes, MAX_FILE_NAME_LENGTH } from '@codepool/shared';
import type { ItemBinding } from '../crypto/items.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import type { ItemFileRow } from '../db/schema/index.ts';
import { typeLabel } from './sniff.ts';

/** What a deployment lets a file item and a file import be (FILE_MAX_BYTES, FILE_TYPES, FILE_IMPORT_MAX_*). */
export type FileLimits = {
  /** Largest plaintext of one file item. */
  maxBytes: number;
  /** Content types a file pool takes; an image pool takes the image ones among them. */
  allowedTypes: readonly FileContentType[];
  /** Files in one import (each entry of a ZIP counts). */
  importMaxFiles: number;
  /** Bytes of one import's upload, and of a ZIP's entries once expanded. */
  importMaxBytes: number;
};

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxBytes: 10 * 1024 * 1024,
  allowedTypes: FILE_CONTENT_TYPES,
  importMaxFiles: 1000,
  importMaxBytes: 200 * 1024 * 1024,
};

/** One file to store for one item. */
export type PutFile = {
  binding: ItemBinding;
  sellerId: string;
  /** The seller's name for it (cleaned by {@link cleanFileName} before it is stored). */
  name: string;
  /** The types this pool takes: sniffed bytes of any other type are refused before anything is written. */
  accept: readonly FileContentType[];
  maxBytes: number;
  /** Whether the item has text fields beside the file (see item_files.has_text). */
  hasText: boolean;
  source: AsyncIterable<Buffer> | Readable;
};

export type PutFileResult = {
  contentType: FileContentType;
  size: number;
  /** Keyed fingerprint of the bytes: the item row's `fingerprint`. */
  fingerprint: Buffer;
  /** The stored name. */
  name: string;
  /** `s3`: the object written, to remove if the transaction does not commit. */
  objectKey: string | null;
};

/**
 * Where file items' encrypted bytes live. Every implementation streams: memory stays at a
 * couple of chunks whatever the size.
 */
export interface FileStore {
  readonly kind: 'db' | 's3';
  /**
   * Sniffs, bounds, fingerprints, encrypts and stores `source`, and writes the item_files row
   * on `tx` (its item row is the caller's to write, in the same transaction: the foreign key is
   * deferred). Refusals — a type the pool does not take (UnsupportedMediaTypeError), too large
   * (PayloadTooLargeError), text that is not UTF-8 — are thrown; whatever was written on `tx`
   * goes with the caller's rollback (use a savepoint to keep going), and `s3` removes its
   * object itself before it throws.
   */
  put(tx: Tx, keys: KeyRing, file: PutFile): Promise<PutFileResult>;
  /** The decrypted bytes of one item's file, streamed. Throws NotFoundError when it has none. */
  read(db: DbOrTx, keys: KeyRing, itemId: string): Promise<{ file: ItemFileRow; body: Readable }>;
  /**
   * After a commit that removed item_files rows, or a rollback of puts: removes their objects.
   * Best effort (the orphan sweep finishes what fails); a no-op for `db`.
   */
  discard(objectKeys: readonly string[]): Promise<void>;
  /**
   * The objects under `items/`, a page at a time, for the orphan sweep. Absent where the bytes
   * are rows of the item's own transaction (`db`): nothing there can be left behind.
   */
  listObjects?(): AsyncIterable<StoredObject[]>;
}

export type StoredObject = { key: string; lastModified: Date };

/** What a file-aware operation needs: the store and the deployment's limits. */
export type FileStorage = { store: FileStore; limits: FileLimits };

const UNSAFE_NAME = /[\u0000-\u001f\u007f"<>|*?\\/:]/g;

/**
 * A file name fit to store and to send back in Content-Disposition: the last path segment, no
 * control or reserved characters, at most 200 characters (the extension kept).
 */
export function cleanFileName(name: string, fallback = 'file'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(UNSAFE_NAME, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (clean === '') return fallback;
  const chars = [...clean];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return chars.slice(0, MAX_FILE_NAME_LENGTH - [...ext].length).join('') + ext;
}

/** The seller's masked preview of a file item: name, type and size, never the content. */
export function filePreview(name: string, type: FileContentType, size: number): string {
  return `${name} · ${typeLabel(type)} · ${formatBytes(size)}`;
}
