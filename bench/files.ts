// File items end to end: import through `POST /api/pools/:id/imports/files` and download through
// `GET /api/files/<token>` of a started backend (its own process, `codepool start`) on a fresh
// embedded PostgreSQL, beside a plain copy of the same bytes into and out of the same database.
//
// The floor is the plain copy into PostgreSQL: the same bytes as bytea rows of the same 256 KiB
// chunks, four chunks an INSERT (as the store writes them), in one transaction per upload, on a
// table whose column is STORAGE EXTERNAL like item_file_chunks. It is what any store of these bytes
// in the database (the default, and what makes an import all or nothing) cannot avoid: WAL and
// TOAST writes. Above it the import adds HTTP multipart to a temporary file, sniffing, the keyed
// fingerprint, AES-GCM per chunk, the item rows and the import's bookkeeping. A file-system copy
// of the same files is printed for scale, not as the floor: it never reaches the database.
// Downloads: the plain chunks read back out (four a SELECT) against the link's decrypted stream.
//
// `npm run bench -- files [--files 200] [--mb 1] [--big 4] [--big-mb 10] [--per-upload 50] [--keep]`
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { FILE_CHUNK_BYTES } from '../backend/src/crypto/file-stream.ts';
import { generateKeySpec, parseKeyRing } from '../backend/src/crypto/keyring.ts';
import { createDb } from '../backend/src/db/client.ts';
import { openEmbeddedDatabase } from '../backend/src/db/embedded.ts';
import { runMigrations } from '../backend/src/db/migrate.ts';
import { DEFAULT_SETTINGS, nullEvents, withActor } from '../backend/src/domain/context.ts';
import { signWebhook } from '../backend/src/domain/payments/verify-signature.ts';
import { createApiToken } from '../backend/src/domain/users/api-tokens.ts';
import { becomeSeller } from '../backend/src/domain/users/become-seller.ts';
import { upsertTelegramUser } from '../backend/src/domain/users/upsert-telegram-user.ts';
import { DbFileStore } from '../backend/src/files/db-file-store.ts';
import { createLogger } from '../backend/src/lib/logger.ts';
import { signInitData } from '../backend/src/lib/telegram-init-data.ts';
import { startBackend } from './lib/process.ts';

const BOT_TOKEN = `123456789:${'B'.repeat(35)}`;
const SECRET = 'bench-webhook-secret-0123456789';
const MAGIC = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pdf: Buffer.from('%PDF-1.7\n'),
};
/** A request buys at most this many items (a variant's maxPerOrder). */
const PER_REQUEST = 100;

type Source = { name: string; file: string; size: number; sha256: string };

const MB = 1024 * 1024;
const mbs = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const f1 = (x: number) => x.toFixed(1);

/** Random bytes behind a PNG or PDF header, written in 1 MiB pieces: what a voucher or a photo weighs. */
async function generate(dir: string, count: number, bytes: number, prefix: string): Promise<Source[]> {
  const out: Source[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 2 === 0 ? 'png' : 'pdf';
    const name = `${prefix}-${String(i + 1).padStart(4, '0')}.${kind}`;
    const file = path.join(dir, name);
    const hash = createHash('sha256');
    const handle = await fs.open(file, 'w');
    try {
      for (let at = 0; at < bytes; ) {
        const n = Math.min(MB, bytes - at);
        const piece = randomBytes(n);
        if (at === 0) MAGIC[kind].copy(piece);
        hash.update(piece);
        await handle.write(piece);
        at += n;
      }
    } finally {
      await handle.close();
    }
    out.push({ name, file, size: bytes, sha256: hash.digest('hex') });
  }
  return out;
}

/** Uploads of at most `perUpload` files and 150 MiB (under FILE_IMPORT_MAX_BYTES' 200 MB). */
function uploads(sources: Source[], perUpload: number): Source[][] {
  const groups: Source[][] = [];
  let group: Source[] = [];
  let bytes = 0;
  for (const s of sources) {
    if (group.length >= perUpload || (group.length > 0 && bytes + s.size > 150 * MB)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(s);
    bytes += s.size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** Resident memory of a process now and at its peak (Linux /proc), in MiB; null elsewhere. */
async function rssOf(pid: number | undefined): Promise<{ now: number; peak: number } | null> {
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
    return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Reads a stream to its end, hashing it: the same client work for the link and for the floor. */
async function drain(body: AsyncIterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const piece of body) {
    hash.update(piece);
    bytes += piece.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      files: { type: 'string' },
      mb: { type: 'string' },
      big: { type: 'string' },
      'big-mb': { type: 'string' },
      'per-upload': { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const small = Number(values.files ?? 200);
  const smallBytes = Math.round(Number(values.mb ?? 1) * MB);
  const big = Number(values.big ?? 4);
  // 10 MB (decimal): under FILE_MAX_BYTES' default of 10 MiB.
  const bigBytes = Math.round(Number(values['big-mb'] ?? 10) * 1_000_000);
  const perUpload = Number(values['per-upload'] ?? 50);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-files-'));
  const inDir = path.join(dir, 'in');
  await fs.mkdir(inDir);
  const database = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
  let backend: ChildProcess | null = null;
  let pool: pg.Pool | null = null;
  try {
    console.log(`node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / MB)} MB RAM`);
    const sources = [
      ...(await generate(inDir, small, smallBytes, 'voucher')),
      ...(await generate(inDir, big, bigBytes, 'license')),
    ];
    const byName = new Map(sources.map((s) => [s.name, s]));
    const totalBytes = sources.reduce((n, s) => n + s.size, 0);
    console.log(
      `generated ${small} files of ${f1(smallBytes / MB)} MiB and ${big} of ${f1(bigBytes / MB)} MiB: ` +
        `${sources.length} files, ${f1(totalBytes / MB)} MiB`,
    );

    await runMigrations(database.url);
    const keys = generateKeySpec();
    const started = await startBackend(
      { databaseUrl: database.url, dir, keys },
      { BOT_TOKEN, BOT_MODE: 'off', PAYMENT_WEBHOOK_SECRET: SECRET },
    );
    backend = started.child;
    const base = `http://127.0.0.1:${started.port}`;
    const pid = backend.pid;
    let sampledPeak = 0;
    const sampler = setInterval(() => {
      void rssOf(pid).then((r) => {
        if (r) sampledPeak = Math.max(sampledPeak, r.now);
      });
    }, 50);
    const idle = await rssOf(pid);

    const db = createDb(database.url, { max: 2 });
    pool = db.pool;
    const deps = {
      db: db.db,
      keys: parseKeyRing(keys),
      log: createLogger('silent'),
      events: nullEvents,
      settings: DEFAULT_SETTINGS,
    };
    const seller = await becomeSeller(
      { db: db.db, actor: { type: 'system', job: 'bench' } },
      { userId: (await upsertTelegramUser(db.db, { id: 1, first_name: 'Bench seller' })).id },
    );
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: seller.id }), { name: 'bench' });
    const sellerAuth = `Bearer ${token}`;
    const call = async (method: string, p: string, auth: string, body?: unknown) => {
      const res = await fetch(`${base}/api${p}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json = (await res.json()) as Record<string, any>;
      if (res.status >= 300) throw new Error(`${method} ${p} answered ${res.status}: ${JSON.stringify(json)}`);
      return json;
    };
    const created = await call('POST', '/pools', sellerAuth, { name: 'Bench vouchers', deliveryType: 'file' });

    // The floor, first (on a fresh database, as the import is next): plain chunks, same shape.
    await pool.query(`CREATE TABLE bench_plain (file int NOT NULL, seq int NOT NULL, data bytea NOT NULL,
      PRIMARY KEY (file, seq)); ALTER TABLE bench_plain ALTER COLUMN data SET STORAGE EXTERNAL`);
    const groups = uploads(sources, perUpload);
    const index = new Map(sources.map((s, i) => [s.name, i]));
    const floorStart = performance.now();
    for (const group of groups) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const s of group) {
          const file = index.get(s.name) as number;
          let seq = 0;
          let rows: Buffer[] = [];
          const flush = async () => {
            if (!rows.length) return;
            const params: unknown[] = [];
            const tuples = rows.map((data, i) => {
              params.push(file, seq - rows.length + i, data);
              return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`;
            });
            rows = [];
            await client.query(`INSERT INTO bench_plain (file, seq, data) VALUES ${tuples.join(', ')}`, params);
          };
          for await (const chunk of createReadStream(s.file, { highWaterMark: FILE_CHUNK_BYTES })) {
            rows.push(chunk as Buffer);
            seq++;
            if (rows.length >= 4) await flush();
          }
          await flush();
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
    const floorMs = performance.now() - floorStart;

    // The import through the route, one upload after another.
    let accepted = 0;
    const importStart = performance.now();
    for (const group of groups) {
      const form = new FormData();
      for (const s of group) form.append('files', await openAsBlob(s.file), s.name);
      const res = await fetch(`${base}/api/pools/${created.id}/imports/files`, {
        method: 'POST',
        headers: { authorization: sellerAuth },
        body: form,
      });
      const report = (await res.json()) as Record<string, any>;
      if (res.status !== 201) throw new Error(`the import answered ${res.status}: ${JSON.stringify(report)}`);
      accepted += report.accepted as number;
    }
    const importMs = performance.now() - importStart;
    const afterImport = await rssOf(pid);
    if (accepted !== sources.length) {
      console.error(`the import accepted ${accepted} of ${sources.length} files`);
      process.exitCode = 1;
    }

    // For scale only: the same files copied on the file system (page cache, nothing durable).
    const copyDir = path.join(dir, 'copy');
    await fs.mkdir(copyDir);
    const copyStart = performance.now();
    for (const s of sources) await fs.copyFile(s.file, path.join(copyDir, s.name));
    const copyMs = performance.now() - copyStart;
    await fs.rm(copyDir, { recursive: true, force: true });

    // Buy everything: a listing, requests of at most 100 items, paid by the signed webhook.
    const tpl = await call('POST', '/templates', sellerAuth, {
      title: 'Bench vouchers',
      price: 1,
      currency: 'XTR',
      defaultPoolId: created.id,
      maxPerOrder: PER_REQUEST,
    });
    const requests: { id: string; auth: string }[] = [];
    for (let left = sources.length, buyer = 2; left > 0; left -= PER_REQUEST, buyer++) {
      const auth = `tma ${signInitData(BOT_TOKEN, { id: buyer, first_name: `Bench buyer ${buyer}` }, { authDate: Math.floor(Date.now() / 1000) })}`;
      const req = await call('POST', '/requests', auth, { templateId: tpl.id, quantity: Math.min(left, PER_REQUEST) });
      const raw = JSON.stringify({
        id: `evt_bench_${req.id}`,
        type: 'payment.succeeded',
        request_id: req.id,
        amount: req.total,
        currency: 'XTR',
      });
      const paid = await fetch(`${base}/api/payments/webhook/bench`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-codepool-signature': signWebhook(SECRET, 'bench', raw) },
        body: raw,
      });
      if (paid.status !== 200) throw new Error(`the payment webhook answered ${paid.status}`);
      requests.push({ id: req.id as string, auth });
    }

    // Download every file: through its link when the reveal gives one, else through the store.
    let downloadMs = 0;
    let downloaded = 0;
    let mismatches = 0;
    let via: 'link' | 'store' = 'link';
    const store = new DbFileStore();
    const names = new Map<string, string>();
    const nameRows = await pool.query<{ item_id: string; name: string }>('SELECT item_id, name FROM item_files');
    for (const r of nameRows.rows) names.set(r.item_id, r.name);
    for (const req of requests) {
      const revealed = await call('POST', `/requests/${req.id}/reveal`, req.auth, {});
      const items = revealed.items as { id: string; file?: { name: string; download: { url: string } } }[];
      if (items.some((i) => !i.file)) via = 'store';
      for (const item of items) {
        const expected = byName.get(item.file?.name ?? names.get(item.id) ?? '');
        const t = performance.now();
        let got: { bytes: number; sha256: string };
        if (via === 'link' && item.file) {
          const res = await fetch(`${base}${item.file.download.url}`);
          if (res.status !== 200 || !res.body) throw new Error(`a download answered ${res.status}`);
          got = await drain(res.body as AsyncIterable<Uint8Array>);
        } else {
          got = await drain((await store.read(deps.db, deps.keys, item.id)).body);
        }
        downloadMs += performance.now() - t;
        downloaded += got.bytes;
        if (!expected || got.sha256 !== expected.sha256) mismatches++;
      }
    }
    clearInterval(sampler);
    const end = await rssOf(pid);
    if (mismatches > 0 || downloaded !== totalBytes) {
      console.error(`downloads: ${mismatches} file(s) differ, ${downloaded} of ${totalBytes} bytes`);
      process.exitCode = 1;
    }

    // The floor for downloads: the plain chunks read back, four a SELECT, hashed the same way.
    const floorReadStart = performance.now();
    let floorRead = 0;
    for (const s of sources) {
      const file = index.get(s.name) as number;
      const chunks = Math.ceil(s.size / FILE_CHUNK_BYTES);
      let from = 0;
      const body = Readable.from(
        (async function* () {
          for (; from < chunks; from += 4) {
            const r = await (pool as pg.Pool).query<{ data: Buffer }>(
              'SELECT data FROM bench_plain WHERE file = $1 AND seq >= $2 AND seq < $3 ORDER BY seq',
              [file, from, from + 4],
            );
            for (const row of r.rows) yield row.data;
          }
        })(),
      );
      const got = await drain(body);
      floorRead += got.bytes;
      if (got.sha256 !== s.sha256) throw new Error('the plain copy does not read back');
    }
    const floorReadMs = performance.now() - floorReadStart;

    const importRate = mbs(totalBytes, importMs);
    const floorRate = mbs(totalBytes, floorMs);
    const downloadRate = mbs(downloaded, downloadMs);
    const floorReadRate = mbs(floorRead, floorReadMs);
    const peak = Math.max(end?.peak ?? 0, sampledPeak);
    console.log(
      `import (HTTP multipart → sniff, fingerprint, AES-GCM, item rows; ${groups.length} uploads): ` +
        `${f1(totalBytes / MB)} MiB in ${f1(importMs / 1000)} s = ${f1(importRate)} MiB/s`,
    );
    console.log(
      `floor: plain bytea chunks into PostgreSQL:  ${f1(floorMs / 1000)} s = ${f1(floorRate)} MiB/s ` +
        `(file-system copy, for scale: ${f1(mbs(totalBytes, copyMs))} MiB/s)`,
    );
    console.log(
      `download (${via === 'link' ? 'GET /api/files/<token>, one link at a time' : 'DbFileStore.read in this process: the reveal gave no links'}): ` +
        `${f1(downloaded / MB)} MiB in ${f1(downloadMs / 1000)} s = ${f1(downloadRate)} MiB/s, ${mismatches} mismatches`,
    );
    console.log(`floor: plain chunks read back:             ${f1(floorReadMs / 1000)} s = ${f1(floorReadRate)} MiB/s`);
    console.log(
      `backend RSS: ${f1(idle?.now ?? 0)} MiB idle, ${f1(afterImport?.now ?? 0)} MiB after the import, ` +
        `${f1(end?.now ?? 0)} MiB after the downloads; peak ${f1(peak)} MiB`,
    );
    console.log(
      `RESULT files import_mb_s=${f1(importRate)} import_floor_mb_s=${f1(floorRate)} ` +
        `import_vs_floor=${(importRate / floorRate).toFixed(2)} download_mb_s=${f1(downloadRate)} ` +
        `download_floor_mb_s=${f1(floorReadRate)} download_vs_floor=${(downloadRate / floorReadRate).toFixed(2)} ` +
        `peak_rss_mb=${Math.round(peak)}${via === 'store' ? ' download_via=store' : ''}`,
    );
  } finally {
    await pool?.end();
    backend?.kill('SIGTERM');
    if (backend && backend.exitCode === null) await new Promise((r) => backend?.once('exit', r));
    await database.stop();
    if (!values.keep) await fs.rm(dir, { recursive: true, force: true });
  }
}
