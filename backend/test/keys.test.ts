import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { decryptFields } from '../src/crypto/items.ts';
import { KeyCheckError } from '../src/crypto/key-checks.ts';
import { type KeyRing, parseKeyRing } from '../src/crypto/keyring.ts';
import { createLogger } from '../src/lib/logger.ts';
import { startServer } from '../src/server.ts';
import { freshDatabaseUrl, randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Each test runs several codepool processes; each spends seconds starting tsx on a busy machine.

/** `codepool <args>` as its own process, as an operator runs it. */
function codepool(args: string[], env: Record<string, string>) {
  const { CODEPOOL_KEYS: _inherited, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: backend,
    env: { ...base, INIT_CWD: backend, LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => out, done };
}

const b64 = (k: Buffer) => k.toString('base64');
function specOf(fp: Buffer, keys: Record<number, Buffer>): string {
  return [`fp:${b64(fp)}`, ...Object.entries(keys).map(([v, k]) => `${v}:${b64(k)}`)].join(',');
}

describe('two replicas with their own development key files on one DATABASE_URL', () => {
  it('started together, one starts and the other refuses, naming the keys and what to set', async () => {
    const url = await freshDatabaseUrl();
    const dirs = await Promise.all([0, 1].map(() => fs.mkdtemp(path.join(os.tmpdir(), 'codepool-keys-'))));
    const replicas = dirs.map((dir) => codepool(['start'], { DATABASE_URL: url, DATA_DIR: dir }));
    try {
      // Each waits until it serves or exits, whichever comes first.
      const outcome = await Promise.all(
        replicas.map(async (r) => {
          const until = Date.now() + 60_000;
          while (Date.now() < until) {
            if (r.output().includes('Codepool is running')) return 'running';
            if (r.child.exitCode !== null) return `exited ${r.child.exitCode}`;
            await new Promise((res) => setTimeout(res, 100));
          }
          return 'timed out';
        }),
      );
      expect(outcome.sort()).toEqual(['exited 1', 'running']);
      const refused = replicas.find((r) => r.child.exitCode === 1)!;
      const said = refused.output();
      expect(said).toContain('The keys do not match this database');
      expect(said).toMatch(/data key version 1 in the development key file \S+keys differs/);
      expect(said).toContain('the fingerprint key (fp:)');
      expect(said).toContain('Set the same CODEPOOL_KEYS on every replica');
      // The message, not a stack trace, and no key in it.
      expect(said).not.toMatch(/\n\s+at /);
      const files = await Promise.all(dirs.map((d) => fs.readFile(path.join(d, 'keys'), 'utf8')));
      for (const f of files) for (const part of f.trim().split(',')) expect(said).not.toContain(part.split(':')[1]);
    } finally {
      for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGTERM');
      await Promise.all(replicas.map((r) => r.done));
      for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('key checks and rotation', () => {
  let app: TestApp;
  let dataDir: string;
  let ring1: KeyRing;
  const k2 = randomBytes(32);
  beforeAll(async () => {
    app = await startTestApp();
    ring1 = app.deps.keys;
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-keys-'));
  });
  afterAll(async () => {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const start = (keys: string) =>
    startServer(
      parseConfig({ DATABASE_URL: app.url, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', CODEPOOL_KEYS: keys }),
      createLogger('silent'),
      { jobs: false },
    );
  const startsAndStops = async (keys: string) => (await start(keys)).close();
  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  const versions = () =>
    q<{ key_version: number; n: number }>(
      'SELECT key_version, count(*)::int AS n FROM pool_items GROUP BY 1 ORDER BY 1',
    );

  it('refuses a ring without a data key the rows use, a different key, a different fingerprint key; rotates; then lets the old key go', async () => {
    const codes = Array.from({ length: 5 }, () => randomCode());
    const shop = await shopWith(
      app,
      codes.map((code) => ({ code })),
    );
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const first = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(first.status).toBe(200);

    const fp = ring1.fingerprintKey;
    const k1 = ring1.keys.get(1)!;
    const spec1 = specOf(fp, { 1: k1 });
    const spec12 = specOf(fp, { 1: k1, 2: k2 });
    const spec2 = specOf(fp, { 2: k2 });

    // Before anything recorded a check value: the rows themselves say version 1 is in use.
    await expect(start(spec2)).rejects.toThrow(
      'CODEPOOL_KEYS lacks data key version 1, which 5 items are encrypted with',
    );
    expect(await q('SELECT kind FROM key_checks')).toEqual([]);

    await startsAndStops(spec1);
    expect(await q('SELECT kind, version, retired_at FROM key_checks ORDER BY kind, version')).toEqual([
      { kind: 'data', version: 1, retired_at: null },
      { kind: 'fingerprint', version: 0, retired_at: null },
    ]);
    const checks = await q<{ check_value: Buffer }>('SELECT check_value FROM key_checks');
    for (const c of checks) for (const key of [fp, k1]) expect(c.check_value.includes(key)).toBe(false);

    await expect(start(specOf(fp, { 1: randomBytes(32) }))).rejects.toThrow(
      'data key version 1 in CODEPOOL_KEYS differs from the one 5 items are encrypted with',
    );
    await expect(start(specOf(randomBytes(32), { 1: k1 }))).rejects.toThrow(
      /the fingerprint key \(fp:\) in CODEPOOL_KEYS differs/,
    );
    // A newer version alone does not let the old one go either.
    const refused = await start(spec2).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KeyCheckError);
    expect((refused as Error).message).toContain('CODEPOOL_KEYS lacks data key version 1, which 5 items');

    const rotate = codepool(['keys', 'rotate'], { DATABASE_URL: app.url, DATA_DIR: dataDir, CODEPOOL_KEYS: spec12 });
    expect(await rotate.done).toBe(0);
    const out = rotate.output();
    expect(out).toContain('Re-encrypted 5 items with key version 2.');
    expect(out).toContain('version 1: 0 items — you may remove it from CODEPOOL_KEYS');
    expect(out).toMatch(/progress: 5 of 5 items \(100%\)/);
    expect(await versions()).toEqual([{ key_version: 2, n: 5 }]);

    // Without version 1 now: the server starts, the delivered code and a newly drawn one reveal.
    await startsAndStops(spec2);
    const ring2 = parseKeyRing(spec2);
    app.deps.keys = ring2;
    const again = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(again.status).toBe(200);
    expect(again.body.items[0].fields[0].value).toBe(first.body.items[0].fields[0].value);
    const req2 = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await app.pay(req2.body.id, req2.body.total);
    const second = await app.api('POST', `/requests/${req2.body.id}/reveal`, { auth: buyer.auth });
    expect(second.status).toBe(200);
    // Every row holds its own code under the same binding (item id + pool id), under version 2.
    const rows = await q<{ id: string; pool_id: string; ciphertext: Buffer; key_version: number }>(
      'SELECT id, pool_id, ciphertext, key_version FROM pool_items',
    );
    const plain = rows.map(
      (r) => decryptFields(ring2, { poolId: r.pool_id, itemId: r.id }, r.ciphertext, r.key_version).code,
    );
    expect(plain.sort()).toEqual([...codes].sort());

    // Version 1 back with another key is refused even though it is retired; back as it was, it is fine.
    await expect(start(specOf(fp, { 1: randomBytes(32), 2: k2 }))).rejects.toThrow(
      'data key version 1 in CODEPOOL_KEYS differs from the retired one',
    );
    await startsAndStops(spec12);
  }, 180_000);
});

describe('codepool keys rotate, stopped and run again', () => {
  let app: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    app = await startTestApp();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-keys-'));
  });
  afterAll(async () => {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });
  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  const count = async (version: number) =>
    (await q<{ n: number }>('SELECT count(*)::int AS n FROM pool_items WHERE key_version = $1', [version]))[0]!.n;
  const allCodes = async (ring: KeyRing) =>
    (await q<{ id: string; pool_id: string; ciphertext: Buffer; key_version: number }>('SELECT * FROM pool_items'))
      .map((r) => decryptFields(ring, { poolId: r.pool_id, itemId: r.id }, r.ciphertext, r.key_version).code)
      .sort();

  it('continues where --limit stopped it and where a kill stopped it, and each item is re-encrypted once', async () => {
    const codes = Array.from({ length: 1000 }, () => randomCode());
    const shop = await shopWith(
      app,
      codes.map((code) => ({ code })),
      { maxPerOrder: 1 },
    );
    const fp = app.deps.keys.fingerprintKey;
    const k1 = app.deps.keys.keys.get(1)!;
    const spec12 = specOf(fp, { 1: k1, 2: randomBytes(32) });
    // The app serves as a replica that already has the new key would, during the rotation.
    app.deps.keys = parseKeyRing(spec12);
    const env = { DATABASE_URL: app.url, DATA_DIR: dataDir, CODEPOOL_KEYS: spec12 };

    const limited = codepool(['keys', 'rotate', '--batch-size', '2', '--limit', '3'], env);
    expect(await limited.done).toBe(0);
    expect(limited.output()).toContain('Re-encrypted 3 items with key version 2.');
    expect(limited.output()).toContain('Stopped at --limit 3');
    expect(limited.output()).toContain('version 1: 997 items — keep it in CODEPOOL_KEYS and run keys rotate again');
    expect([await count(1), await count(2)]).toEqual([997, 3]);
    const stampsBefore = await q<{ id: string; ciphertext: Buffer }>(
      'SELECT id, ciphertext FROM pool_items WHERE key_version = 2',
    );

    // Killed outright in the middle: what committed stays, the rest waits for the next run.
    const killed = codepool(['keys', 'rotate', '--batch-size', '1'], env);
    const until = Date.now() + 60_000;
    while ((await count(2)) < 10 && killed.child.exitCode === null && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 10));
    }
    killed.child.kill('SIGKILL');
    await killed.done;
    const left = await count(1);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(997);

    // Buyers draw and reveal while the rest is rotated: each sees its own code, whichever version it is under.
    const resumed = codepool(['keys', 'rotate', '--batch-size', '5'], env);
    const revealed: string[] = [];
    while (resumed.child.exitCode === null || revealed.length < 3) {
      const buyer = app.buyer();
      const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
      await app.pay(req.body.id, req.body.total);
      const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
      expect(reveal.status).toBe(200);
      revealed.push(reveal.body.items[0].fields[0].value);
    }
    expect(await resumed.done).toBe(0);
    expect(new Set(revealed).size).toBe(revealed.length);
    for (const code of revealed) expect(codes).toContain(code);
    expect(resumed.output()).toContain(`Re-encrypted ${left} items with key version 2.`);
    expect(resumed.output()).toContain('version 1: 0 items — you may remove it from CODEPOOL_KEYS');
    expect([await count(1), await count(2)]).toEqual([0, 1000]);
    // The three moved by the first run were not moved again.
    for (const s of stampsBefore) {
      const [now] = await q<{ ciphertext: Buffer }>('SELECT ciphertext FROM pool_items WHERE id = $1', [s.id]);
      expect(now!.ciphertext.equals(s.ciphertext)).toBe(true);
    }
    expect(await allCodes(parseKeyRing(specOf(fp, { 2: parseKeyRing(spec12).keys.get(2)! })))).toEqual(codes.sort());

    const nothing = codepool(['keys', 'rotate'], env);
    expect(await nothing.done).toBe(0);
    expect(nothing.output()).toContain('Re-encrypted 0 items with key version 2.');
    const usage = codepool(['keys', 'rotate', '--batch-size', 'many'], env);
    expect(await usage.done).toBe(2);
    expect(usage.output()).toContain('usage: codepool keys rotate');
  }, 180_000);
});
