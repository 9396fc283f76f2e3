import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { IMAGE_CONTENT_TYPES } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptFields } from '../src/crypto/items.ts';
import { DbFileStore } from '../src/files/db-file-store.ts';
import type { PutFile } from '../src/files/file-store.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { startTestApp, type TestApp } from './harness.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) => Buffer.concat([PNG_MAGIC, randomBytes(bytes - PNG_MAGIC.length)]);
/** A source that arrives in uneven pieces, as a socket delivers it. */
const pieces = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; ) {
        const n = 1 + Math.floor(Math.random() * 70_000);
        yield bytes.subarray(at, at + n);
        at += n;
      }
    })(),
  );

describe('the PostgreSQL file store', () => {
  let app: TestApp;
  let poolId: string;
  let sellerId: string;
  const store = new DbFileStore();

  beforeAll(async () => {
    app = await startTestApp();
    const seller = await app.seller();
    sellerId = seller.user.id;
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: 'Card photos', deliveryType: 'image' },
    });
    expect(pool.status).toBe(201);
    poolId = pool.body.id;
  });
  afterAll(() => app?.close());

  /** Stores one file and its item row, as an import does: the content first, the row once its fingerprint is known. */
  async function putItem(bytes: Buffer | Readable, over: Partial<PutFile> = {}) {
    const itemId = uuidv7();
    return app.db.transaction(async (tx) => {
      const stored = await store.put(tx, app.deps.keys, {
        binding: { poolId, itemId },
        sellerId,
        name: 'card.png',
        accept: IMAGE_CONTENT_TYPES,
        maxBytes: 10 * 1024 * 1024,
        hasText: false,
        source: Buffer.isBuffer(bytes) ? pieces(bytes) : bytes,
        ...over,
      });
      const { ciphertext, keyVersion } = encryptFields(app.deps.keys, { poolId, itemId }, {});
      await tx.execute(sql`INSERT INTO pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
        VALUES (${itemId}, ${poolId}, ${sellerId}, ${ciphertext}, ${keyVersion}, ${stored.fingerprint}, 'card.png')`);
      return { itemId, ...stored };
    });
  }

  it('gives back exactly the bytes it was given, at sizes around the chunk boundaries', async () => {
    for (const size of [9, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 3 * 256 * 1024, 2_500_000]) {
      const bytes = png(size);
      const stored = await putItem(bytes);
      expect(stored).toMatchObject({ contentType: 'image/png', size, objectKey: null });
      const { file, body } = await store.read(app.db, app.deps.keys, stored.itemId);
      expect(file.size).toBe(size);
      expect((await buffer(body)).equals(bytes)).toBe(true);
    }
  });

  it('stores ciphertext only: no 32-byte run of the plaintext appears in any chunk', async () => {
    const bytes = png(600_000);
    const { itemId } = await putItem(bytes);
    const { rows } = await app.db.$client.query<{ data: Buffer }>(
      'SELECT data FROM item_file_chunks WHERE item_id = $1',
      [itemId],
    );
    expect(rows.length).toBe(3);
    for (const { data } of rows) expect(data.includes(bytes.subarray(100_000, 100_032))).toBe(false);
  });

  it('fails to read a file whose chunks were swapped or cut short', async () => {
    const { itemId } = await putItem(png(700_000));
    for (const [from, to] of [
      [0, -1],
      [1, 0],
      [-1, 1],
    ])
      await app.db.$client.query('UPDATE item_file_chunks SET seq = $3 WHERE item_id = $1 AND seq = $2', [
        itemId,
        from,
        to,
      ]);
    await expect(buffer((await store.read(app.db, app.deps.keys, itemId)).body)).rejects.toThrow();

    const cut = await putItem(png(700_000));
    await app.db.$client.query('DELETE FROM item_file_chunks WHERE item_id = $1 AND seq = 2', [cut.itemId]);
    await expect(buffer((await store.read(app.db, app.deps.keys, cut.itemId)).body)).rejects.toThrow();
  });

  it('the same bytes give the same fingerprint, different bytes another', async () => {
    const bytes = png(50_000);
    const a = await putItem(bytes);
    const other = await putItem(png(50_000));
    expect(other.fingerprint.equals(a.fingerprint)).toBe(false);
    await expect(putItem(bytes)).rejects.toMatchObject({ cause: { constraint: 'pool_items_fingerprint_seller_uq' } });
  });

  it('refuses a PDF behind a .png name, an oversized file and an empty one, leaving no row', async () => {
    const before = await count();
    await expect(putItem(Buffer.from('%PDF-1.7\n...'))).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(putItem(png(2_000_000), { maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    await expect(putItem(Buffer.alloc(0))).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(
      putItem(Buffer.from('hello\u0000world'), { accept: ['text/plain'], name: 'note.txt' }),
    ).rejects.toMatchObject({ code: 'unsupported_media_type' });
    expect(await count()).toEqual(before);
  });

  async function count() {
    const { rows } = await app.db.$client.query(
      'SELECT (SELECT count(*) FROM item_files)::int AS files, (SELECT count(*) FROM item_file_chunks)::int AS chunks',
    );
    return rows[0];
  }
});
