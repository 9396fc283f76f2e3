import type { Config } from '../config.ts';
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
