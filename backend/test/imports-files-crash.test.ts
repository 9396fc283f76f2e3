import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec } from '../src/crypto/keyring.ts';
import { pdf } from './file-fixtures.ts';
import { randomCode, startTestApp, type TestApp } from './harness.ts';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-files-crash-'));
  // 60 vouchers of 1 MB: several seconds of sealing and writing, so the kill lands mid-import.
  for (let i = 0; i < 60; i++)
    await fs.writeFile(path.join(dir, `voucher-${String(i).padStart(2, '0')}.pdf`), pdf(1024 * 1024));
});
afterAll(async () => {
  await app.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function countsOf(poolId: string) {
  const { rows } = await app.db.execute<Record<string, number>>(sql`SELECT
    (SELECT count(*)::int FROM pool_items WHERE pool_id = ${poolId}) AS items,
    (SELECT count(*)::int FROM item_files WHERE pool_id = ${poolId}) AS files,
    (SELECT count(*)::int FROM item_file_chunks) AS chunks,
    (SELECT count(*)::int FROM import_batches WHERE pool_id = ${poolId}) AS batches`);
  return rows[0];
}

async function until(check: () => boolean | Promise<boolean>) {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

describe('a killed file import leaves nothing', () => {
  it('SIGKILL after several files were written in the open transaction: no items, files, chunks or batch', async () => {
    const seller = await app.seller();
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: `Vouchers ${randomCode()}`, deliveryType: 'file' },
    });
    expect(pool.status).toBe(201);
    const poolId = pool.body.id as string;
    const name = `import-files-child-${randomCode()}`;
    const named = new URL(app.url);
    named.searchParams.set('application_name', name);

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/fixtures/import-files-child.ts',
        named.toString(),
        generateKeySpec(),
        poolId,
        seller.user.id,
        dir,
      ],
      { cwd: backend, env: { ...process.env, INIT_CWD: backend } },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const done = () => [...out.matchAll(/^files \d+$/gm)].length;
    await until(() => done() >= 5 || child.exitCode !== null);
    expect(out).not.toContain('finished');
    expect(done()).toBeGreaterThanOrEqual(5);
    // Chunks of the files done so far are in the open transaction, invisible to everyone else.
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');

    const client = new pg.Client({ connectionString: app.url });
    await client.connect();
    try {
      await until(async () => {
        const { rowCount } = await client.query('select 1 from pg_stat_activity where application_name = $1', [name]);
        return rowCount === 0;
      });
    } finally {
      await client.end();
    }
    expect(await countsOf(poolId)).toEqual({ items: 0, files: 0, chunks: 0, batches: 0 });
  });
});
