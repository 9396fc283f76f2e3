import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { eq, sql } from 'drizzle-orm';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decryptFields } from '../src/crypto/items.ts';
import { poolItems } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { addFileItem } from '../src/domain/items/add-file-item.ts';
import { findSellerPool } from '../src/domain/pools/find-seller-pool.ts';
import { DbFileStore } from '../src/files/db-file-store.ts';
import { DEFAULT_FILE_LIMITS } from '../src/files/file-store.ts';
import { errorHandler } from '../src/http/errors.ts';
import { OpenApiRegistry } from '../src/http/openapi.ts';
import { importRoutes } from '../src/http/routes/imports.ts';
import { jpeg, lieAboutSize, markEncrypted, pdf, png, renameEntry, zipOf } from './file-fixtures.ts';
import { randomCode, startTestApp, TEST_BOT_TOKEN, type TestApp } from './harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
afterEach(() => {
  delete app.deps.files;
});

type Seller = Awaited<ReturnType<TestApp['seller']>>;

async function poolOf(seller: Seller, deliveryType: 'file' | 'image' | 'code' = 'file'): Promise<string> {
  const res = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `Pool ${randomCode()}`, deliveryType },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.id;
}

type Part = { name: string; data: Buffer };

async function upload(auth: string, poolId: string, parts: Part[], fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const p of parts) form.append('files', new Blob([new Uint8Array(p.data)]), p.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${app.base}/api/pools/${poolId}/imports/files`, {
    method: 'POST',
    headers: { authorization: auth },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as any, text };
}

/**
 * One part sent in 64 KB pieces through node:http: fetch's FormData encodes a Blob of megabytes
 * in one go on this process's event loop (a second here), which would hide the server's own
 * behaviour from a test that measures it.
 */
async function streamUpload(auth: string, poolId: string, name: string, data: Buffer) {
  const boundary = `b${randomCode()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = http.request(`${app.base}/api/pools/${poolId}/imports/files`, {
    method: 'POST',
    headers: {
      authorization: auth,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + data.length + tail.length,
    },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  await pipeline(
    Readable.from(
      (function* () {
        yield head;
        for (let at = 0; at < data.length; at += 64 * 1024) yield data.subarray(at, at + 64 * 1024);
        yield tail;
      })(),
    ),
    req,
  );
  return answer;
}

/** Every row an import could have written for this pool, in every table it writes. */
async function countsOf(poolId: string) {
  const { rows } = await app.db.execute<Record<string, number>>(sql`SELECT
    (SELECT count(*)::int FROM pool_items WHERE pool_id = ${poolId}) AS items,
    (SELECT count(*)::int FROM item_files WHERE pool_id = ${poolId}) AS files,
    (SELECT count(*)::int FROM item_file_chunks c JOIN item_files f USING (item_id) WHERE f.pool_id = ${poolId}) AS chunks,
    (SELECT count(*)::int FROM item_file_chunks c WHERE NOT EXISTS (SELECT 1 FROM item_files f WHERE f.item_id = c.item_id)) AS orphan_chunks,
    (SELECT count(*)::int FROM import_batches WHERE pool_id = ${poolId}) AS batches`);
  return rows[0];
}

const NOTHING = { items: 0, files: 0, chunks: 0, orphan_chunks: 0, batches: 0 };

describe('importing files', () => {
  it('takes several files at once, one item each, and the seller sees name, type and size but never the content', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'image');
    const a = png(5000);
    const b = jpeg(300_000);
    const c = png(700_000);
    const res = await upload(seller.auth, poolId, [
      { name: 'front.png', data: a },
      { name: 'back.jpg', data: b },
      { name: 'big.png', data: c },
    ]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      source: 'files',
      fileName: 'front.png',
      status: 'completed',
      rows: 3,
      accepted: 3,
      duplicates: 0,
      invalid: 0,
      rejected: [],
    });
    expect(await countsOf(poolId)).toMatchObject({ items: 3, files: 3, chunks: 1 + 2 + 3, batches: 1 });

    const list = await app.api('GET', `/pools/${poolId}/items`, { auth: seller.auth });
    expect(list.status).toBe(200);
    const byName = Object.fromEntries(list.body.items.map((i: any) => [i.file?.name, i]));
    expect(byName['front.png']).toMatchObject({
      file: { name: 'front.png', contentType: 'image/png', size: 5000 },
      preview: 'front.png · PNG · 5.0 KB',
      importBatchId: res.body.id,
    });
    expect(byName['back.jpg'].file).toEqual({ name: 'back.jpg', contentType: 'image/jpeg', size: 300_000 });
    expect(byName['big.png'].preview).toBe('big.png · PNG · 700.0 KB');
    const json = JSON.stringify(list.body);
    for (const bytes of [a, b, c]) {
      expect(json).not.toContain(bytes.subarray(100, 124).toString('base64'));
      expect(json).not.toContain(bytes.subarray(100, 124).toString('hex'));
    }

    // The bytes that went in are the bytes that come out, through the store.
    const store = new DbFileStore();
    const stored = await store.read(app.db, app.deps.keys, byName['back.jpg'].id);
    expect((await buffer(stored.body)).equals(b)).toBe(true);

    // Progress went to the seller while it ran: files done, bytes, the total.
    const progress = app.events.filter(
      (e) => e.event === 'import-progress' && (e.payload as { batchId: string }).batchId === res.body.id,
    );
    expect(progress.at(-1)).toMatchObject({
      userId: seller.user.id,
      payload: { poolId, rows: 3, bytes: 1_005_000, totalBytes: 1_005_000 },
    });
  });

  it('imports a ZIP of 200 vouchers with their PINs from items.csv, and reports a duplicate and a CSV row naming no file', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'file');
    const vouchers = Array.from({ length: 200 }, (_, i) => ({
      name: `vouchers/voucher-${String(i + 1).padStart(3, '0')}.pdf`,
      data: pdf(3000),
    }));
    const pins = vouchers.map((_, i) => `PIN-${1000 + i}`);
    const csv = [
      'file,pin,note',
      ...vouchers.map((v, i) => `${v.name.split('/')[1]},${pins[i]},batch 7`),
      'voucher-999.pdf,0000,',
    ].join('\n');
    const zip = await zipOf([
      ...vouchers,
      // The same bytes as the first voucher, under another name.
      { name: 'vouchers/copy-of-001.pdf', data: vouchers[0]!.data },
      { name: 'items.csv', data: Buffer.from(csv) },
      { name: '__MACOSX/vouchers/._voucher-001.pdf', data: Buffer.from('junk') },
      { name: 'vouchers/.DS_Store', data: Buffer.from('junk') },
    ]);

    // A duplicate refuses the whole upload unless the seller says to skip it.
    const strict = await upload(seller.auth, poolId, [{ name: 'vouchers.zip', data: zip }]);
    expect(strict.status).toBe(409);
    expect(strict.body.error).toMatchObject({ code: 'conflict', details: { duplicates: 1 } });
    expect(strict.body.error.message).toContain('skipDuplicates');
    expect(await countsOf(poolId)).toEqual(NOTHING);

    const res = await upload(seller.auth, poolId, [{ name: 'vouchers.zip', data: zip }], { skipDuplicates: 'true' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      source: 'files',
      fileName: 'vouchers.zip',
      rows: 202,
      accepted: 200,
      duplicates: 1,
      invalid: 1,
      rejectedTotal: 2,
    });
    expect(res.body.rejected).toContainEqual({
      line: 201,
      code: 'duplicate_in_file',
      reason: '"vouchers/copy-of-001.pdf" in vouchers.zip: the same bytes as an earlier file of this upload',
    });
    expect(res.body.rejected).toContainEqual({
      line: 202,
      code: 'invalid',
      reason: 'items.csv line 202: "voucher-999.pdf" is not a file in the ZIP',
    });
    // No PIN in the report.
    expect(res.text).not.toContain('PIN-1');
    expect(await countsOf(poolId)).toMatchObject({ items: 200, files: 200, chunks: 200, batches: 1 });

    // Each voucher carries its own PIN, encrypted beside it; the file row knows it has text.
    const { rows } = await app.db.execute<{
      id: string;
      ciphertext: Buffer;
      key_version: number;
      name: string;
      has_text: boolean;
    }>(sql`
      SELECT i.id, i.ciphertext, i.key_version, f.name, f.has_text FROM pool_items i JOIN item_files f ON f.item_id = i.id
       WHERE i.pool_id = ${poolId} AND f.name IN ('voucher-001.pdf', 'voucher-137.pdf')`);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const n = Number(row.name.slice(8, 11));
      expect(row.has_text).toBe(true);
      expect(decryptFields(app.deps.keys, { poolId, itemId: row.id }, row.ciphertext, row.key_version)).toEqual({
        pin: pins[n - 1],
        note: 'batch 7',
      });
    }
  });

  it('finds duplicates against stock, refusing them unless skipped', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'image');
    const card = png(20_000);
    expect((await upload(seller.auth, poolId, [{ name: 'card.png', data: card }])).status).toBe(201);
    const before = await countsOf(poolId);

    const again = [
      { name: 'new.png', data: png(20_000) },
      { name: 'card-again.png', data: card },
    ];
    const refused = await upload(seller.auth, poolId, again);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.rejected).toEqual([
      { line: 2, code: 'duplicate_in_stock', reason: '"card-again.png": already in your stock' },
    ]);
    expect(await countsOf(poolId)).toEqual(before);

    const skipped = await upload(seller.auth, poolId, again, { skipDuplicates: 'true' });
    expect(skipped.body).toMatchObject({ accepted: 1, duplicates: 1, rows: 2 });
    expect(await countsOf(poolId)).toMatchObject({ items: 2, files: 2, batches: 2 });

    // The same bytes from another seller are theirs to sell: not a duplicate, but a fraud signal.
    const other = await app.seller();
    const theirs = await upload(other.auth, await poolOf(other, 'image'), [{ name: 'card.png', data: card }]);
    expect(theirs.body).toMatchObject({ accepted: 1, duplicates: 0 });
    const { rows } = await app.db.execute(
      sql`SELECT 1 FROM audit_log WHERE action = 'fraud.cross_seller_duplicate' AND metadata->>'importBatchId' = ${theirs.body.id}`,
    );
    expect(rows).toHaveLength(1);
  });

  it('keeps a ZIP whole with unpack=false, in a file pool that sells ZIPs', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'file');
    const zip = await zipOf([
      { name: 'a.pdf', data: pdf(2000) },
      { name: 'b.pdf', data: pdf(2000) },
    ]);
    const res = await upload(seller.auth, poolId, [{ name: 'bundle.zip', data: zip }], { unpack: 'false' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accepted: 1, rows: 1 });
    const list = await app.api('GET', `/pools/${poolId}/items`, { auth: seller.auth });
    expect(list.body.items.map((i: any) => i.file)).toEqual([
      { name: 'bundle.zip', contentType: 'application/zip', size: zip.length },
    ]);
  });
});

describe('addFileItem, the one way a file item is written', () => {
  it('stores a stream as an item with its text fields in the caller’s transaction, and says when the bytes are a duplicate', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'image');
    const ctx = withActor(app.deps, { type: 'seller', userId: seller.user.id });
    const pool = await findSellerPool(app.db, seller.user.id, poolId);
    const key = png(12_000);
    // As a supplier's base64 image key would arrive: decoded into a stream, never a file on disk.
    const added = await app.db.transaction((tx) =>
      addFileItem(tx, ctx, {
        pool,
        batchId: null,
        name: 'key.png',
        source: Readable.from([key]),
        fields: { pin: '4242' },
      }),
    );
    expect(added).toMatchObject({ ok: true, file: { name: 'key.png', contentType: 'image/png', size: 12_000 } });
    if (!added.ok) throw new Error('not added');
    const [row] = await app.db.select().from(poolItems).where(eq(poolItems.id, added.itemId));
    expect(row).toMatchObject({ poolId, status: 'available', maskedPreview: 'key.png · PNG · 12.0 KB' });
    expect(decryptFields(app.deps.keys, { poolId, itemId: added.itemId }, row!.ciphertext, row!.keyVersion)).toEqual({
      pin: '4242',
    });

    const before = await countsOf(poolId);
    const again = await app.db.transaction((tx) =>
      addFileItem(tx, ctx, { pool, batchId: null, name: 'same.png', source: Readable.from([key]) }),
    );
    expect(again).toEqual({ ok: false, duplicate: true, inBatch: false });
    const bad = await app.db.transaction((tx) =>
      addFileItem(tx, ctx, {
        pool,
        batchId: null,
        name: 'x.png',
        source: Readable.from([png(100)]),
        fields: { code: '1' },
      }),
    );
    expect(bad).toEqual({ ok: false, duplicate: false, reason: 'unknown field "code"' });
    // The duplicate's chunks went with its savepoint.
    expect(await countsOf(poolId)).toEqual(before);
  });
});

describe('refusals: the right 4xx, and nothing written', () => {
  let seller: Seller;
  let filePool: string;
  let imagePool: string;
  beforeAll(async () => {
    seller = await app.seller();
    filePool = await poolOf(seller, 'file');
    imagePool = await poolOf(seller, 'image');
    // Stock already there, which a refused upload must leave as it was.
    expect((await upload(seller.auth, filePool, [{ name: 'kept.pdf', data: pdf(1000) }])).status).toBe(201);
    expect((await upload(seller.auth, imagePool, [{ name: 'kept.png', data: png(1000) }])).status).toBe(201);
  });

  async function refused(poolId: string, parts: Part[], status: number, code: string, message: string | RegExp) {
    const before = await countsOf(poolId);
    const res = await upload(seller.auth, poolId, parts);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status, code });
    expect(res.body.error.message).toMatch(message);
    expect(await countsOf(poolId)).toEqual(before);
    return res;
  }

  const zeros = (n: number) => Buffer.alloc(n);

  it('a ZIP bomb: an entry compressed more than 100:1', async () => {
    // 20 MB of zeros deflate to about 20 KB: a thousand to one.
    const zip = await zipOf([
      { name: 'ok.pdf', data: pdf(3000) },
      { name: 'bomb.pdf', data: pdf(0, zeros(9 * 1024 * 1024)) },
    ]);
    expect(zip.length).toBeLessThan(100_000);
    await refused(
      filePool,
      [{ name: 'bomb.zip', data: zip }],
      400,
      'validation_failed',
      /"bomb\.pdf" expands more than 100 times/,
    );
  });

  it('a ZIP bomb of many entries, each under the ratio, the archive as a whole far over it', async () => {
    // 40 entries of just under 1 MiB of zeros: each below the size the per-entry ratio applies
    // from, 40 MB in all from a ZIP of some 40 KB (entries that share their bytes do the same).
    const entries = Array.from({ length: 40 }, (_, i) => ({ name: `e${i}.pdf`, data: pdf(0, zeros(1000 * 1000)) }));
    const zip = await zipOf(entries);
    expect(zip.length * 100).toBeLessThan(40 * 1000 * 1000);
    await refused(
      filePool,
      [{ name: 'many.zip', data: zip }],
      400,
      'validation_failed',
      /many\.zip: it expands more than 100 times its size/,
    );
  });

  it('a ZIP bomb whose header lies about the expanded size, caught while inflating', async () => {
    // Declared 900 KB (under the ratio check's floor); inflates to 8 MB. Other files before it get written, then rolled back.
    const honest = Array.from({ length: 3 }, (_, i) => ({ name: `ok-${i}.pdf`, data: pdf(300_000) }));
    const zip = lieAboutSize(
      await zipOf([...honest, { name: 'liar.pdf', data: pdf(0, zeros(8 * 1024 * 1024)) }]),
      'liar.pdf',
      900 * 1024,
    );
    await refused(
      filePool,
      [{ name: 'liar.zip', data: zip }],
      400,
      'validation_failed',
      /"liar\.pdf" expands past the size its header declares/,
    );
  });

  it('a ZIP inside the ZIP, by name or by its bytes', async () => {
    const inner = await zipOf([{ name: 'x.pdf', data: pdf(1000) }]);
    await refused(
      filePool,
      [
        {
          name: 'outer.zip',
          data: await zipOf([
            { name: 'a.pdf', data: pdf(1000) },
            { name: 'inner.zip', data: inner },
          ]),
        },
      ],
      400,
      'validation_failed',
      /"inner\.zip" is itself an archive/,
    );
    await refused(
      filePool,
      [{ name: 'outer.zip', data: await zipOf([{ name: 'hidden.pdf', data: inner, compress: false }]) }],
      400,
      'validation_failed',
      /"hidden\.pdf" is itself an archive/,
    );
  });

  it('unsafe paths, encrypted entries and symlinks', async () => {
    const evil = renameEntry(
      await zipOf([
        { name: 'a.pdf', data: pdf(1000) },
        { name: 'xx/evil.pdf', data: pdf(1000) },
      ]),
      'xx/evil.pdf',
      '../evil.pdf',
    );
    await refused(
      filePool,
      [{ name: 'evil.zip', data: evil }],
      400,
      'validation_failed',
      /"\.\.\/evil\.pdf" has an unsafe path/,
    );
    const absolute = renameEntry(
      await zipOf([{ name: 'xetc/passwd.txt', data: Buffer.from('hi') }]),
      'xetc/passwd.txt',
      '/etc/passwd.txt',
    );
    await refused(filePool, [{ name: 'abs.zip', data: absolute }], 400, 'validation_failed', /unsafe path/);
    const backslash = renameEntry(await zipOf([{ name: 'a/b.pdf', data: pdf(1000) }]), 'a/b.pdf', 'a\\b.pdf');
    await refused(filePool, [{ name: 'bs.zip', data: backslash }], 400, 'validation_failed', /unsafe path/);
    const locked = markEncrypted(await zipOf([{ name: 'locked.pdf', data: pdf(1000) }]), 'locked.pdf');
    await refused(
      filePool,
      [{ name: 'locked.zip', data: locked }],
      400,
      'validation_failed',
      /"locked\.pdf" is encrypted/,
    );
    const link = await zipOf([{ name: 'link.pdf', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    await refused(
      filePool,
      [{ name: 'link.zip', data: link }],
      400,
      'validation_failed',
      /"link\.pdf" is a symbolic link/,
    );
  });

  it('a PDF named .png into an image pool: 415, naming the file', async () => {
    await refused(
      imagePool,
      [
        { name: 'fine.png', data: png(2000) },
        { name: 'card.png', data: pdf(2000) },
      ],
      415,
      'unsupported_media_type',
      /"card\.png" is application\/pdf, which this pool does not take.*nothing was imported/,
    );
    // Inside a ZIP just the same.
    await refused(
      imagePool,
      [
        {
          name: 'cards.zip',
          data: await zipOf([
            { name: 'ok.png', data: png(2000) },
            { name: 'card.png', data: pdf(2000) },
          ]),
        },
      ],
      415,
      'unsupported_media_type',
      /"card\.png" is application\/pdf, which this pool does not take \(in cards\.zip\); nothing was imported/,
    );
  });

  it('an oversized file, loose or in a ZIP: 413, naming the file', async () => {
    app.deps.files = { store: new DbFileStore(), limits: { ...DEFAULT_FILE_LIMITS, maxBytes: 100_000 } };
    await refused(
      filePool,
      [{ name: 'huge.pdf', data: pdf(100_001) }],
      413,
      'payload_too_large',
      /"huge\.pdf" is larger than 100000 bytes/,
    );
    await refused(
      filePool,
      [{ name: 'z.zip', data: await zipOf([{ name: 'huge.pdf', data: pdf(150_000) }]) }],
      413,
      'payload_too_large',
      /"huge\.pdf" is larger than 100000 bytes/,
    );
  });

  it('too many files, or too many bytes in all', async () => {
    app.deps.files = {
      store: new DbFileStore(),
      limits: { ...DEFAULT_FILE_LIMITS, importMaxFiles: 3, importMaxBytes: 50_000 } as typeof DEFAULT_FILE_LIMITS,
    };
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.pdf`, data: pdf(1000) }));
    await refused(
      filePool,
      [{ name: 'four.zip', data: await zipOf(four) }],
      400,
      'validation_failed',
      /more than 3 files/,
    );
    await refused(filePool, four, 400, 'validation_failed', /too many files/);
    // Compressible, so the ZIP itself is well under the upload limit and only its expanded total is over.
    const big = Array.from({ length: 3 }, (_, i) => ({
      name: `b${i}.pdf`,
      data: pdf(0, Buffer.alloc(30_000, 65 + i)),
    }));
    await refused(
      filePool,
      [{ name: 'big.zip', data: await zipOf(big) }],
      400,
      'validation_failed',
      /expand to more than 50000 bytes/,
    );
    await refused(filePool, big, 413, 'payload_too_large', /larger than 50000 bytes/);
  });

  it('a malformed items.csv, and a file that is not a ZIP at all', async () => {
    const zip = await zipOf([
      { name: 'a.pdf', data: pdf(1000) },
      { name: 'items.csv', data: Buffer.from('file,pin,secret\na.pdf,1,2\n') },
    ]);
    await refused(
      filePool,
      [{ name: 'z.zip', data: zip }],
      400,
      'validation_failed',
      /items\.csv: unknown column "secret"/,
    );
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 7)]);
    await refused(
      filePool,
      [{ name: 'broken.zip', data: broken }],
      400,
      'validation_failed',
      /not a ZIP this server can read/,
    );
  });

  it('files into a pool of codes, and codes into a pool of files: 409', async () => {
    const codes = await poolOf(seller, 'code');
    await refused(codes, [{ name: 'a.pdf', data: pdf(1000) }], 409, 'conflict', /only file and image pools take files/);
    const json = await app.api('POST', `/pools/${filePool}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { pin: '1234' } }] },
    });
    expect(json.status).toBe(409);
    expect(json.body.error.message).toContain('/imports/files');
    const form = new FormData();
    form.append('file', new Blob(['pin\n1234\n']), 'codes.csv');
    const csv = await fetch(`${app.base}/api/pools/${filePool}/imports`, {
      method: 'POST',
      headers: { authorization: seller.auth },
      body: form,
    });
    expect(csv.status).toBe(409);
    expect(await countsOf(filePool)).toMatchObject({ items: 1, batches: 1 });
  });

  it('another seller’s pool is not found, and nothing is written to it', async () => {
    const stranger = await app.seller();
    const res = await upload(stranger.auth, filePool, [{ name: 'a.pdf', data: pdf(1000) }]);
    expect(res.status).toBe(404);
    expect(await countsOf(filePool)).toMatchObject({ items: 1, batches: 1 });
  });
});

describe('the upload route', () => {
  it('keeps no upload on disk, whether the import went in, was refused, or the upload passed its limit mid-way', async () => {
    const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-files-upload-test-'));
    const router = express.Router();
    importRoutes(
      {
        router,
        deps: app.deps,
        auth: { botToken: TEST_BOT_TOKEN, initDataMaxAgeS: 86_400 },
        openapi: new OpenApiRegistry(),
      },
      { uploadDir },
    );
    router.use(errorHandler(app.deps.log));
    const server = http.createServer(express().use('/api', router));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const send = async (poolId: string, parts: Part[]) => {
      const form = new FormData();
      for (const p of parts) form.append('files', new Blob([new Uint8Array(p.data)]), p.name);
      const res = await fetch(`${base}/api/pools/${poolId}/imports/files`, {
        method: 'POST',
        headers: { authorization: seller.auth },
        body: form,
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const seller = await app.seller();
    try {
      const poolId = await poolOf(seller, 'image');
      expect((await send(poolId, [{ name: 'a.png', data: png(50_000) }])).status).toBe(201);
      expect(await fs.readdir(uploadDir)).toEqual([]);
      expect((await send(poolId, [{ name: 'a.png', data: pdf(50_000) }])).status).toBe(415);
      expect(await fs.readdir(uploadDir)).toEqual([]);
      // Past FILE_IMPORT_MAX_BYTES in the third part: the storage stops it there.
      app.deps.files = {
        store: new DbFileStore(),
        limits: { ...DEFAULT_FILE_LIMITS, importMaxBytes: 250_000 } as typeof DEFAULT_FILE_LIMITS,
      };
      const over = await send(
        poolId,
        Array.from({ length: 3 }, (_, i) => ({ name: `p${i}.png`, data: png(100_000) })),
      );
      expect(over.status).toBe(413);
      expect(over.body.error.message).toContain('larger than 250000 bytes');
      expect(await fs.readdir(uploadDir)).toEqual([]);
      expect(await countsOf(poolId)).toMatchObject({ items: 1, batches: 1 });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(uploadDir, { recursive: true, force: true });
    }
  });

  it('answers other requests while it seals a ZIP of 24 MB, file after file', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'file');
    const zip = await zipOf(Array.from({ length: 24 }, (_, i) => ({ name: `v${i}.pdf`, data: pdf(1024 * 1024) })));
    let done = false;
    let worst = 0;
    const probes = (async () => {
      while (!done) {
        const start = performance.now();
        await (await fetch(`${app.base}/healthz`)).text();
        worst = Math.max(worst, performance.now() - start);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      const res = await streamUpload(seller.auth, poolId, 'big.zip', zip);
      expect(res).toMatchObject({ status: 201, body: { accepted: 24 } });
    } finally {
      done = true;
      await probes;
    }
    expect(worst).toBeLessThan(1000);
  });
});
