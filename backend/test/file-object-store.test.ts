import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { CreateBucketCommand, GetObjectCommand, ListObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedSize } from '../src/crypto/file-stream.ts';
import { checkKeyRing } from '../src/crypto/key-checks.ts';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { rotateKeys } from '../src/crypto/rotate-keys.ts';
import { DbFileStore } from '../src/files/db-file-store.ts';
import { checkFileStorage } from '../src/files/file-storage.ts';
import { DEFAULT_FILE_LIMITS } from '../src/files/file-store.ts';
import { parseObjectStoreUrl } from '../src/files/object-store-url.ts';
import { MIN_PART_BYTES, S3FileStore } from '../src/files/s3-file-store.ts';
import { JOBS, runJob } from '../src/jobs/catalogue.ts';
import { createLogger } from '../src/lib/logger.ts';
import { pdf, zipOf } from './file-fixtures.ts';
import { fileShop, png, RolledBack, storedRows } from './file-items.ts';
import { startTestApp, type TestApp } from './harness.ts';

const BUCKET = 'codepool-files';

describe('the object-store file store, against a local S3 server (s3rver)', () => {
  let server: S3rver;
  let dir: string;
  let client: S3Client;
  let store: S3FileStore;
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof fileShop>>;

  beforeAll(async () => {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true });
    const { port } = await server.run();
    // The store is built the way the server builds it: from OBJECT_STORE_URL.
    const config = parseObjectStoreUrl(`http://S3RVER:S3RVER@127.0.0.1:${port}/${BUCKET}`);
    store = S3FileStore.fromConfig(config, createLogger('silent'));
    client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      credentials: config.credentials!,
    });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
    app = await startTestApp({ files: { store, limits: DEFAULT_FILE_LIMITS } });
    shop = await fileShop(app, store);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const objectKeys = async () => {
    const res = await client.send(new ListObjectsCommand({ Bucket: BUCKET, Prefix: 'items/' }));
    return (res.Contents ?? []).map((o) => o.Key!);
  };
  const objectBytes = async (key: string) =>
    Buffer.from(
      await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray(),
    );

  it('gives back exactly the bytes it was given, at sizes around the chunk and part boundaries', async () => {
    const sizes = [9, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 3 * 256 * 1024, MIN_PART_BYTES, 11_000_000];
    for (const size of sizes) {
      const bytes = png(size);
      const stored = await shop.putItem(bytes);
      expect(stored).toMatchObject({ contentType: 'image/png', size });
      expect(stored.objectKey).toBe(`items/${shop.sellerId}/${stored.itemId}`);
      // One object, the sealed chunks back to back, nothing in PostgreSQL's chunk table.
      expect((await objectBytes(stored.objectKey!)).length).toBe(sealedSize(size));
      expect(await storedRows(app, [stored.itemId])).toEqual({ files: 1, chunks: 0 });
      const { file, body } = await store.read(app.db, app.deps.keys, stored.itemId);
      expect(file).toMatchObject({ storage: 's3', objectKey: stored.objectKey, size });
      expect((await buffer(body)).equals(bytes)).toBe(true);
    }
  });

  it('stores ciphertext only: no 32-byte run of the plaintext appears in the object', async () => {
    const bytes = png(600_000);
    const { objectKey } = await shop.putItem(bytes);
    const object = await objectBytes(objectKey!);
    for (const at of [0, 8, 100_000, 300_000, 599_000])
      expect(object.includes(bytes.subarray(at, at + 32)), `plaintext at ${at}`).toBe(false);
  });

  it('fails to read an object that was tampered with or cut short', async () => {
    const { itemId, objectKey } = await shop.putItem(png(700_000));
    const object = await objectBytes(objectKey!);
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const flipped = Buffer.from(object);
    flipped[400_000] = flipped[400_000]! ^ 1;
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKey!, Body: flipped }));
    await expect(buffer((await store.read(app.db, app.deps.keys, itemId)).body)).rejects.toThrow();
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKey!, Body: object.subarray(0, 2 * 262_160) }));
    await expect(buffer((await store.read(app.db, app.deps.keys, itemId)).body)).rejects.toThrow(/shorter/);
  });

  it('a refused type or an oversized file leaves no object and no row, also past the first part', async () => {
    const before = await objectKeys();
    const { rows: filesBefore } = await app.db.$client.query('SELECT count(*)::int AS n FROM item_files');
    await expect(shop.putItem(Buffer.from('%PDF-1.7\n...'), { accept: ['image/png'] })).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    await expect(shop.putItem(png(2_000_000), { maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    // Past one part the upload is multipart: it is aborted, and no object ever appears.
    await expect(shop.putItem(png(9_000_000), { maxBytes: 7_000_000 })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    expect(await objectKeys()).toEqual(before);
    const { rows: filesAfter } = await app.db.$client.query('SELECT count(*)::int AS n FROM item_files');
    expect(filesAfter).toEqual(filesBefore);
  });

  it('a file refused after its first part aborts the multipart upload (s3rver has no AbortMultipartUpload: recorded here)', async () => {
    const sent: string[] = [];
    const recording = {
      send: async (command: { constructor: { name: string } }) => {
        sent.push(command.constructor.name);
        const real = await client.send(command as never).catch((e: unknown) => {
          if (command.constructor.name === 'AbortMultipartUploadCommand') return {};
          throw e;
        });
        return real;
      },
    } as unknown as S3Client;
    const recorded = new S3FileStore({ client: recording, bucket: BUCKET, log: createLogger('silent') });
    const refused = await fileShop(app, recorded);
    await expect(refused.putItem(png(9_000_000), { maxBytes: 7_000_000 })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    expect(sent).toEqual(['CreateMultipartUploadCommand', 'UploadPartCommand', 'AbortMultipartUploadCommand']);
  });

  it('the sweep removes the object of a transaction that never committed once it is old, and keeps committed ones', async () => {
    const kept = await shop.putItem(png(40_000));
    const lost = await shop.putItem(png(40_000), { rollback: true }).catch((e: unknown) => e as RolledBack);
    expect(lost).toBeInstanceOf(RolledBack);
    const orphan = (lost as RolledBack).objectKey!;
    expect(await objectKeys()).toContain(orphan);
    expect(await storedRows(app, [(lost as RolledBack).itemId])).toEqual({ files: 0, chunks: 0 });

    // Young: it may be an import still running.
    const job = JOBS.find((j) => j.name === 'file-sweep')!;
    expect(await runJob(app.deps, job)).toMatchObject({ orphans: 0 });
    expect(await objectKeys()).toContain(orphan);

    // An hour on (listing pages of two, to go through several pages).
    const { sweepFileOrphans } = await import('../src/domain/items/sweep-file-orphans.ts');
    const paged = new S3FileStore({ client, bucket: BUCKET, log: createLogger('silent'), pageSize: 2 });
    const { withActor } = await import('../src/domain/context.ts');
    const ctx = withActor(
      { ...app.deps, files: { store: paged, limits: DEFAULT_FILE_LIMITS } },
      {
        type: 'system',
        job: 'file-sweep',
      },
    );
    const keysBefore = await objectKeys();
    const report = await sweepFileOrphans(ctx, { olderThanS: 0 });
    expect(report).toMatchObject({ objects: keysBefore.length, orphans: 1 });
    const after = await objectKeys();
    expect(after).not.toContain(orphan);
    expect(after).toEqual(keysBefore.filter((k) => k !== orphan));
    expect(after).toContain(kept.objectKey);
    expect((await buffer((await store.read(app.db, app.deps.keys, kept.itemId)).body)).length).toBe(40_000);
  });

  it('undo of an import batch removes its available items’ objects and rows; a sold item keeps its content', async () => {
    const batchId = await shop.newBatch();
    const items = [];
    for (let i = 0; i < 4; i++) items.push(await shop.putItem(png(30_000 + i), { batchId }));
    const other = await shop.putItem(png(30_000));
    // One of them sold before the undo.
    await app.db.$client.query(`UPDATE pool_items SET status = 'delivered' WHERE id = $1`, [items[0]!.itemId]);

    const undo = await app.api('POST', `/pools/${shop.poolId}/imports/${batchId}/undo`, { auth: shop.seller.auth });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ withdrawn: 3, notWithdrawn: 1 });
    const keys = await objectKeys();
    for (const gone of items.slice(1)) expect(keys).not.toContain(gone.objectKey);
    expect(keys).toContain(items[0]!.objectKey);
    expect(keys).toContain(other.objectKey);
    expect(
      await storedRows(
        app,
        items.slice(1).map((i) => i.itemId),
      ),
    ).toEqual({ files: 0, chunks: 0 });
    expect(await storedRows(app, [items[0]!.itemId])).toEqual({ files: 1, chunks: 0 });
  });

  it('a ZIP imported through the route lands as objects, a duplicate among them leaves none, and undo through the route removes them', async () => {
    const before = await objectKeys();
    const vouchers = Array.from({ length: 5 }, (_, i) => ({ name: `v${i}.pdf`, data: pdf(40_000 + i) }));
    const upload = async (entries: { name: string; data: Buffer }[], skipDuplicates: boolean) => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(await zipOf(entries))]), 'vouchers.zip');
      if (skipDuplicates) form.append('skipDuplicates', 'true');
      const res = await fetch(`${app.base}/api/pools/${shop.poolId}/imports/files`, {
        method: 'POST',
        headers: { authorization: shop.seller.auth },
        body: form,
      });
      return { status: res.status, body: await res.json() };
    };
    const first = await upload(vouchers, false);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ accepted: 5, duplicates: 0 });
    const landed = (await objectKeys()).filter((k) => !before.includes(k));
    expect(landed).toHaveLength(5);

    // The same bytes again beside a new one: the duplicate's object is written before its row
    // is refused, and must not stay behind.
    const again = await upload([vouchers[0]!, { name: 'new.pdf', data: pdf(41_000) }], true);
    expect(again.body).toMatchObject({ accepted: 1, duplicates: 1 });
    expect((await objectKeys()).filter((k) => !before.includes(k))).toHaveLength(6);

    const undo = await app.api('POST', `/pools/${shop.poolId}/imports/${first.body.id}/undo`, {
      auth: shop.seller.auth,
    });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ withdrawn: 5 });
    const after = await objectKeys();
    for (const key of landed) expect(after).not.toContain(key);
    expect(after.filter((k) => !before.includes(k))).toHaveLength(1);
  });

  it('withdrawing an item removes its object; marking one invalid keeps it', async () => {
    const a = await shop.putItem(png(20_000));
    const b = await shop.putItem(png(20_000));
    const withdraw = await app.api('POST', `/pools/${shop.poolId}/items/mark`, {
      auth: shop.seller.auth,
      body: { itemIds: [a.itemId], status: 'withdrawn' },
    });
    expect(withdraw.body).toEqual({ updated: 1, skipped: 0 });
    const invalid = await app.api('POST', `/pools/${shop.poolId}/items/mark`, {
      auth: shop.seller.auth,
      body: { itemIds: [b.itemId], status: 'invalid' },
    });
    expect(invalid.body).toEqual({ updated: 1, skipped: 0 });
    const keys = await objectKeys();
    expect(keys).not.toContain(a.objectKey);
    expect(keys).toContain(b.objectKey);
    expect(await storedRows(app, [a.itemId, b.itemId])).toEqual({ files: 1, chunks: 0 });
  });

  it('a deployment without OBJECT_STORE_URL refuses to start on a database whose files are in an object store', async () => {
    await checkFileStorage(app.db.$client, { store, limits: DEFAULT_FILE_LIMITS });
    await expect(
      checkFileStorage(app.db.$client, { store: new DbFileStore(), limits: DEFAULT_FILE_LIMITS }),
    ).rejects.toThrow(/OBJECT_STORE_URL: unset, but \d+ file items of this database are kept in an object store/);
  });

  it('key rotation re-wraps the data keys; the file reads with the old key gone from the ring, the object untouched', async () => {
    const bytes = png(700_000);
    const stored = await shop.putItem(bytes);
    const objectBefore = await objectBytes(stored.objectKey!);
    const oldRing = app.deps.keys;
    const spec = `${app.keySpec},2:${generateKeySpec().split(',')[1]!.split(':')[1]}`;
    const ring12 = parseKeyRing(spec);
    expect(ring12.current).toBe(2);
    // The database records version 1 as in use, then learns of version 2.
    await checkKeyRing(app.db.$client, oldRing);
    await checkKeyRing(app.db.$client, ring12);
    const report = await rotateKeys(app.db.$client, ring12, { batchSize: 3 });
    expect(report.filesRotated).toBeGreaterThanOrEqual(1);
    expect(report.unreadable).toBe(0);
    expect(report.older).toEqual([{ version: 1, items: 0, files: 0, retired: true }]);
    const { rows } = await app.db.$client.query('SELECT DISTINCT key_version FROM item_files');
    expect(rows).toEqual([{ key_version: 2 }]);
    expect((await objectBytes(stored.objectKey!)).equals(objectBefore)).toBe(true);

    const ring2 = parseKeyRing(
      spec
        .split(',')
        .filter((p) => !p.startsWith('1:'))
        .join(','),
    );
    expect(ring2.keys.has(1)).toBe(false);
    // Retired: no item and no file key uses it, so the start-up check lets it leave the ring.
    await checkKeyRing(app.db.$client, ring2);
    expect((await buffer((await store.read(app.db, ring2, stored.itemId)).body)).equals(bytes)).toBe(true);
    await expect(store.read(app.db, oldRing, stored.itemId)).rejects.toThrow();
    app.deps.keys = ring2;
  });
});
