import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { FILE_CONTENT_TYPES, type FileDeliveryType } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { encryptFields } from '../src/crypto/items.ts';
import type { FileStore, PutFile } from '../src/files/file-store.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import type { TestApp } from './harness.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG as far as sniffing goes: the magic number, then random bytes. */
export const png = (bytes: number) => Buffer.concat([PNG_MAGIC, randomBytes(bytes - PNG_MAGIC.length)]);

/** A source that arrives in uneven pieces, as a socket delivers it. */
export const pieces = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; ) {
        const n = 1 + Math.floor(Math.random() * 70_000);
        yield bytes.subarray(at, at + n);
        at += n;
      }
    })(),
  );

/**
 * A seller with a file pool whose items are put straight through a store, as an import does
 * (content first, item row once its fingerprint is known, one transaction), in import batches.
 */
export async function fileShop(app: TestApp, store: FileStore, deliveryType: FileDeliveryType = 'file') {
  const seller = await app.seller();
  const sellerId = seller.user.id;
  const pool = await app.api('POST', '/pools', { auth: seller.auth, body: { name: 'Vouchers', deliveryType } });
  if (pool.status !== 201) throw new Error(`pool: ${pool.status}`);
  const poolId: string = pool.body.id;

  async function newBatch(): Promise<string> {
    const id = uuidv7();
    await app.db.execute(sql`INSERT INTO import_batches (id, pool_id, seller_id, source, file_name, status, completed_at)
      VALUES (${id}, ${poolId}, ${sellerId}, 'files', 'vouchers.zip', 'completed', now())`);
    return id;
  }

  /** Puts one file item; `rollback` throws after both writes, as a failed import would. */
  async function putItem(
    bytes: Buffer,
    {
      batchId = null,
      rollback = false,
      ...over
    }: Partial<PutFile> & { batchId?: string | null; rollback?: boolean } = {},
  ) {
    const itemId = uuidv7();
    return app.db.transaction(async (tx) => {
      const stored = await store.put(tx, app.deps.keys, {
        binding: { poolId, itemId },
        sellerId,
        name: 'voucher.png',
        accept: FILE_CONTENT_TYPES,
        maxBytes: 20 * 1024 * 1024,
        hasText: false,
        source: pieces(bytes),
        ...over,
      });
      const { ciphertext, keyVersion } = encryptFields(app.deps.keys, { poolId, itemId }, {});
      await tx.execute(sql`INSERT INTO pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview, import_batch_id)
        VALUES (${itemId}, ${poolId}, ${sellerId}, ${ciphertext}, ${keyVersion}, ${stored.fingerprint}, ${stored.name}, ${batchId})`);
      if (rollback) throw new RolledBack(itemId, stored.objectKey);
      return { itemId, ...stored };
    });
  }

  return { seller, sellerId, poolId, newBatch, putItem };
}

export class RolledBack extends Error {
  constructor(
    readonly itemId: string,
    readonly objectKey: string | null,
  ) {
    super('rolled back');
  }
}

/** Rows of item_files and item_file_chunks for these items. */
export async function storedRows(app: TestApp, itemIds: string[]) {
  const { rows } = await app.db.$client.query<{ files: number; chunks: number }>(
    `SELECT (SELECT count(*) FROM item_files WHERE item_id = ANY($1::uuid[]))::int AS files,
            (SELECT count(*) FROM item_file_chunks WHERE item_id = ANY($1::uuid[]))::int AS chunks`,
    [itemIds],
  );
  return rows[0]!;
}
