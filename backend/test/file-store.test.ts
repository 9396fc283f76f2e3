import { buffer } from 'node:stream/consumers';
import { IMAGE_CONTENT_TYPES } from '@codepool/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbFileStore } from '../src/files/db-file-store.ts';
import type { PutFile } from '../src/files/file-store.ts';
import { fileShop, png } from './file-items.ts';
import { startTestApp, type TestApp } from './harness.ts';

describe('the PostgreSQL file store', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof fileShop>>;
  const store = new DbFileStore();

  beforeAll(async () => {
    app = await startTestApp();
    shop = await fileShop(app, store, 'image');
  });
  afterAll(() => app?.close());

  /** Stores one image item as an import does: the content first, the row once its fingerprint is known. */
  const putItem = (bytes: Buffer, over: Partial<PutFile> = {}) =>
    shop.putItem(bytes, { accept: IMAGE_CONTENT_TYPES, maxBytes: 10 * 1024 * 1024, ...over });

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
