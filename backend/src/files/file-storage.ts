import type pg from 'pg';
import { type Config, ConfigError } from '../config.ts';
import type { Logger } from '../lib/logger.ts';
import { DbFileStore } from './db-file-store.ts';
import type { FileStorage } from './file-store.ts';

/**
 * This deployment's file store and limits: PostgreSQL unless OBJECT_STORE_URL names an
 * S3-compatible store. The SDK is loaded only then.
 */
export async function fileStorageOf(config: Config, log: Logger): Promise<FileStorage> {
  if (!config.objectStore) return { store: new DbFileStore(), limits: config.files };
  const { S3FileStore } = await import('./s3-file-store.ts');
  return { store: S3FileStore.fromConfig(config.objectStore, log), limits: config.files };
}

/**
 * Refuses a deployment that could not serve the files it has: rows kept in an object store
 * while OBJECT_STORE_URL is unset (their buyers' downloads would all fail). Rows in
 * PostgreSQL are readable either way.
 */
export async function checkFileStorage(pool: pg.Pool, files: FileStorage): Promise<void> {
  if (files.store.kind === 's3') return;
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM item_files WHERE storage = 's3'`);
  const n = rows[0]?.n ?? 0;
  if (n > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  OBJECT_STORE_URL: unset, but ${n} file items of this database are kept in an object store; set it to that store`,
    );
  }
}
