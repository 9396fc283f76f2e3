import { bigint, boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './enums.ts';

/**
 * The bytes of a file or image item, one row per item beside its `pool_items` row. The
 * content is encrypted under a fresh data key of its own, in chunks (see crypto/file-stream.ts);
 * the data key is stored wrapped by the key ring, bound to pool and item, so key rotation
 * re-wraps 60 bytes instead of re-encrypting megabytes.
 *
 * Foreign keys (in the migration, not here: drizzle cannot declare them deferrable): item_id →
 * pool_items(id) ON DELETE CASCADE, DEFERRABLE INITIALLY DEFERRED — an import streams the
 * content first and writes the item row once the content's fingerprint is known, in the same
 * transaction.
 */
export const itemFiles = pgTable('item_files', {
  itemId: uuid().primaryKey(),
  poolId: uuid().notNull(),
  sellerId: uuid().notNull(),
  /** The name the seller's file had, cleaned (no path, no control characters, at most 200 characters). */
  name: text().notNull(),
  /** Sniffed from the bytes. */
  contentType: text().notNull(),
  /** Plaintext bytes. */
  size: bigint({ mode: 'number' }).notNull(),
  /** Whether the item has text fields beside the file: a reveal that shows them counts as seeing the item. */
  hasText: boolean().notNull(),
  /** iv (12) ‖ tag (16) ‖ the 32-byte data key sealed under this ring version. */
  wrappedKey: bytea().notNull(),
  keyVersion: integer().notNull(),
  /** Plaintext bytes per chunk; each stored chunk is this plus its 16-byte tag (the last one shorter). */
  chunkSize: integer().notNull(),
  /** `db`: the chunks are rows of item_file_chunks. `s3`: one object at `object_key`. */
  storage: text({ enum: ['db', 's3'] }).notNull(),
  objectKey: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type ItemFileRow = typeof itemFiles.$inferSelect;

/**
 * Encrypted chunks of a file kept in PostgreSQL. item_id → item_files(item_id) ON DELETE
 * CASCADE, DEFERRABLE INITIALLY DEFERRED (in the migration). Storage EXTERNAL: ciphertext
 * does not compress, so TOAST should not try.
 */
export const itemFileChunks = pgTable(
  'item_file_chunks',
  {
    itemId: uuid().notNull(),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.seq] })],
);

/**
 * One row per download link used: a link is good for one request, so the second request
 * with the same nonce finds its row and is refused.
 */
export const fileDownloads = pgTable('file_downloads', {
  nonce: text().primaryKey(),
  itemId: uuid().notNull(),
  buyerId: uuid().notNull(),
  usedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Until when the link was valid: rows past it say nothing and the sweep may drop them. */
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
