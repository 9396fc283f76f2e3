import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';
import { encryptFields } from '../src/crypto/items.ts';
import { checkKeyRing, KeyCheckError } from '../src/crypto/key-checks.ts';
import { parseKeyRing } from '../src/crypto/keyring.ts';
import { rotateKeys } from '../src/crypto/rotate-keys.ts';
import { withActor } from '../src/domain/context.ts';
import { sweepFileOrphans } from '../src/domain/items/sweep-file-orphans.ts';
import { DbFileStore } from '../src/files/db-file-store.ts';
import { fileStorageOf } from '../src/files/file-storage.ts';
import { createLogger } from '../src/lib/logger.ts';
import { fileShop, png, storedRows } from './file-items.ts';
import { startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';

const b64 = () => randomBytes(32).toString('base64');

describe('file content in PostgreSQL as items leave, and under key rotation', () => {
  let app: TestApp;
  const store = new DbFileStore();
  let shop: Awaited<ReturnType<typeof fileShop>>;

  beforeAll(async () => {
    app = await startTestApp();
    shop = await fileShop(app, store);
  });
  afterAll(() => app?.close());

  it('undo of an import batch deletes the chunks of its withdrawn items, and keeps a sold one’s', async () => {
    const batchId = await shop.newBatch();
    const items = [];
    for (let i = 0; i < 3; i++) items.push(await shop.putItem(png(600_000 + i), { batchId }));
    const other = await shop.putItem(png(600_000));
    await app.db.$client.query(`UPDATE pool_items SET status = 'delivered' WHERE id = $1`, [items[0]!.itemId]);
    expect(
      await storedRows(
        app,
        items.map((i) => i.itemId),
      ),
    ).toEqual({ files: 3, chunks: 9 });

    const undo = await app.api('POST', `/pools/${shop.poolId}/imports/${batchId}/undo`, { auth: shop.seller.auth });
    expect(undo.body).toMatchObject({ withdrawn: 2, notWithdrawn: 1 });
    expect(
      await storedRows(
        app,
        items.slice(1).map((i) => i.itemId),
      ),
    ).toEqual({ files: 0, chunks: 0 });
    expect(await storedRows(app, [items[0]!.itemId, other.itemId])).toEqual({ files: 2, chunks: 6 });
    expect((await buffer((await store.read(app.db, app.deps.keys, items[0]!.itemId)).body)).length).toBe(600_000);
  });

  it('withdrawing deletes the chunks; marking invalid and another seller’s attempt leave them', async () => {
    const a = await shop.putItem(png(300_000));
    const b = await shop.putItem(png(300_000));
    const intruder = await app.seller('Intruder');
    const foreign = await app.api('POST', `/pools/${shop.poolId}/items/mark`, {
      auth: intruder.auth,
      body: { itemIds: [a.itemId], status: 'withdrawn' },
    });
    expect(foreign.status).toBe(404);
    expect(await storedRows(app, [a.itemId])).toEqual({ files: 1, chunks: 2 });

    for (const [item, status] of [
      [a, 'withdrawn'],
      [b, 'invalid'],
    ] as const) {
      const res = await app.api('POST', `/pools/${shop.poolId}/items/mark`, {
        auth: shop.seller.auth,
        body: { itemIds: [item.itemId], status },
      });
      expect(res.body).toEqual({ updated: 1, skipped: 0 });
    }
    expect(await storedRows(app, [a.itemId])).toEqual({ files: 0, chunks: 0 });
    expect(await storedRows(app, [b.itemId])).toEqual({ files: 1, chunks: 2 });
  });

  it('the sweep forgets download links a day past their expiry, and only those', async () => {
    const { itemId } = await shop.putItem(png(1000));
    await app.db.$client.query(
      `INSERT INTO file_downloads (nonce, item_id, buyer_id, expires_at) VALUES
         ('old', $1, $2, now() - interval '25 hours'), ('recent', $1, $2, now() - interval '23 hours'),
         ('live', $1, $2, now() + interval '5 minutes')`,
      [itemId, shop.sellerId],
    );
    const report = await sweepFileOrphans(withActor(app.deps, TEST_OPERATOR));
    expect(report).toEqual({ objects: 0, orphans: 0, downloadsForgotten: 1 });
    const { rows } = await app.db.$client.query('SELECT nonce FROM file_downloads ORDER BY nonce');
    expect(rows.map((r) => r.nonce)).toEqual(['live', 'recent']);
  });

  it('rotation re-wraps file keys, resumably; the file then reads without the old key', async () => {
    const files = [];
    for (let i = 0; i < 5; i++) files.push({ bytes: png(300_000 + i) });
    const stored = [];
    for (const f of files) stored.push({ ...f, ...(await shop.putItem(f.bytes)) });
    const ring1 = app.deps.keys;
    await checkKeyRing(app.db.$client, ring1);
    const spec12 = `${app.keySpec},2:${b64()}`;
    const ring12 = parseKeyRing(spec12);
    await checkKeyRing(app.db.$client, ring12);

    const chunksBefore = await app.db.$client.query(
      'SELECT item_id, seq, md5(data) FROM item_file_chunks ORDER BY 1, 2',
    );
    // Stopped by its limit within the files, then run again: each key is re-wrapped once.
    const { rows: counts } = await app.db.$client.query<{ items: number; files: number }>(
      'SELECT (SELECT count(*) FROM pool_items)::int AS items, (SELECT count(*) FROM item_files)::int AS files',
    );
    const first = await rotateKeys(app.db.$client, ring12, { batchSize: 2, limit: counts[0]!.items + 2 });
    expect(first).toMatchObject({ rotated: counts[0]!.items, filesRotated: 2, stoppedEarly: true });
    expect(first.older).toEqual([{ version: 1, items: 0, files: counts[0]!.files - 2, retired: false }]);
    // Version 1 is still needed by the file keys: the start-up check refuses a ring without it.
    const spec2 = spec12
      .split(',')
      .filter((p) => !p.startsWith('1:'))
      .join(',');
    await expect(checkKeyRing(app.db.$client, parseKeyRing(spec2))).rejects.toThrow(
      `lacks data key version 1, which 0 items and ${counts[0]!.files - 2} file keys are encrypted with`,
    );
    const second = await rotateKeys(app.db.$client, ring12, { batchSize: 2 });
    expect(second).toMatchObject({ rotated: 0, filesRotated: counts[0]!.files - 2, stoppedEarly: false });
    expect(second.older).toEqual([{ version: 1, items: 0, files: 0, retired: true }]);

    const ring2 = parseKeyRing(spec2);
    await checkKeyRing(app.db.$client, ring2);
    for (const s of stored) {
      expect((await buffer((await store.read(app.db, ring2, s.itemId)).body)).equals(s.bytes)).toBe(true);
    }
    // The chunks were never touched: only the 60-byte wrapped keys moved.
    const chunksAfter = await app.db.$client.query(
      'SELECT item_id, seq, md5(data) FROM item_file_chunks ORDER BY 1, 2',
    );
    expect(chunksAfter.rows).toEqual(chunksBefore.rows);
    app.deps.keys = ring2;
  });

  it('the first key check of a database tries file keys too', async () => {
    // A database never checked, whose version 3 holds only file keys, and a ring with the wrong version 3.
    const fresh = await startTestApp();
    try {
      const fp = fresh.keySpec.split(',')[0]!;
      const k1 = fresh.keySpec.split(',')[1]!;
      const ring13 = parseKeyRing(`${fp},${k1},3:${b64()}`);
      fresh.deps.keys = ring13;
      const s = await fileShop(fresh, store);
      const { itemId } = await s.putItem(png(5000));
      const ring1 = parseKeyRing(`${fp},${k1}`);
      const { ciphertext } = encryptFields(ring1, { poolId: s.poolId, itemId }, {});
      await fresh.db.$client.query('UPDATE pool_items SET ciphertext = $2, key_version = 1 WHERE id = $1', [
        itemId,
        ciphertext,
      ]);
      const wrong = parseKeyRing(`${fp},${k1},3:${b64()}`);
      const refused = await checkKeyRing(fresh.db.$client, wrong).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(KeyCheckError);
      expect((refused as Error).message).toContain(
        'data key version 3 in the key ring does not decrypt the 0 items and 1 file keys already stored under it',
      );
      await checkKeyRing(fresh.db.$client, ring13);
    } finally {
      await fresh.close();
    }
  });
});

describe('file configuration', () => {
  it('reads the limits and the object store, with defaults', () => {
    const defaults = parseConfig({});
    expect(defaults.files).toEqual({
      maxBytes: 10 * 1024 * 1024,
      allowedTypes: [
        'image/png',
        'image/jpeg',
        'image/webp',
        'image/gif',
        'application/pdf',
        'text/plain',
        'application/zip',
      ],
      importMaxFiles: 1000,
      importMaxBytes: 200 * 1024 * 1024,
    });
    expect(defaults.objectStore).toBeUndefined();
    const set = parseConfig({
      FILE_MAX_BYTES: '2000000',
      FILE_TYPES: 'image/png, application/PDF',
      FILE_IMPORT_MAX_FILES: '50',
      FILE_IMPORT_MAX_BYTES: '9000000',
      OBJECT_STORE_URL: 'https://AKIA%2FX:s3cr%40t@minio.local:9000/codepool-files?region=eu-central-1',
    });
    expect(set.files).toEqual({
      maxBytes: 2_000_000,
      allowedTypes: ['image/png', 'application/pdf'],
      importMaxFiles: 50,
      importMaxBytes: 9_000_000,
    });
    expect(set.objectStore).toEqual({
      endpoint: 'https://minio.local:9000',
      bucket: 'codepool-files',
      region: 'eu-central-1',
      credentials: { accessKeyId: 'AKIA/X', secretAccessKey: 's3cr@t' },
    });
    // Without credentials: the SDK's default chain; without region: us-east-1.
    expect(parseConfig({ OBJECT_STORE_URL: 'http://127.0.0.1:9000/files-bucket' }).objectStore).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'files-bucket',
      region: 'us-east-1',
    });
  });

  it('gives the deployment the PostgreSQL store, or the object store OBJECT_STORE_URL names, with its limits', async () => {
    const log = createLogger('silent');
    const plain = await fileStorageOf(parseConfig({ FILE_MAX_BYTES: '1234' }), log);
    expect(plain.store.kind).toBe('db');
    expect(plain.limits.maxBytes).toBe(1234);
    const s3 = await fileStorageOf(
      parseConfig({ OBJECT_STORE_URL: 'http://k:s@127.0.0.1:9/codepool-files', FILE_TYPES: 'image/png' }),
      log,
    );
    expect(s3.store.kind).toBe('s3');
    expect(s3.store.listObjects).toBeTypeOf('function');
    expect(s3.limits.allowedTypes).toEqual(['image/png']);
  });

  it('refuses bad values naming the variable, and never repeats the secret', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ FILE_MAX_BYTES: 'ten megabytes' }, /FILE_MAX_BYTES/],
      [{ FILE_MAX_BYTES: '0' }, /FILE_MAX_BYTES/],
      [
        { FILE_TYPES: 'image/png,application/x-msdownload' },
        /FILE_TYPES: unknown content type application\/x-msdownload/,
      ],
      [{ FILE_IMPORT_MAX_FILES: '-1' }, /FILE_IMPORT_MAX_FILES/],
      [{ FILE_IMPORT_MAX_BYTES: '1000', FILE_MAX_BYTES: '2000' }, /FILE_MAX_BYTES.*FILE_IMPORT_MAX_BYTES/],
      [{ OBJECT_STORE_URL: 'not a url' }, /OBJECT_STORE_URL: must be a URL/],
      [{ OBJECT_STORE_URL: 'ftp://k:topsecret@host/bucket' }, /OBJECT_STORE_URL: must start with http/],
      [{ OBJECT_STORE_URL: 'https://k:topsecret@host' }, /OBJECT_STORE_URL: must name one bucket/],
      [{ OBJECT_STORE_URL: 'https://k:topsecret@host/a/b' }, /OBJECT_STORE_URL: must name one bucket/],
      [{ OBJECT_STORE_URL: 'https://k:topsecret@host/Bad_Bucket' }, /OBJECT_STORE_URL: bucket "Bad_Bucket"/],
      [{ OBJECT_STORE_URL: 'https://k@host/bucket' }, /OBJECT_STORE_URL: give both/],
      [{ OBJECT_STORE_URL: 'https://k:topsecret@host/bucket?acl=public' }, /OBJECT_STORE_URL: unknown parameter "acl"/],
    ];
    for (const [env, named] of bad) {
      const error = (() => {
        try {
          parseConfig(env);
        } catch (e) {
          return e as Error;
        }
        return null;
      })();
      expect(error, JSON.stringify(env)).toBeInstanceOf(ConfigError);
      expect(error!.message).toMatch(named);
      expect(error!.message).not.toContain('topsecret');
    }
  });
});
