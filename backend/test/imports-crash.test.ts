import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptFields } from '../src/crypto/items.ts';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { importBatches, poolItems } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { importItems } from '../src/domain/imports/import-items.ts';
import { randomCode, startTestApp, type TestApp } from './harness.ts';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.resolve(backend, '../node_modules/.bin/tsx');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Seller = Awaited<ReturnType<TestApp['seller']>>;

async function poolOf(seller: Seller): Promise<string> {
  const res = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `P ${randomCode()}`, deliveryType: 'code' },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.id;
}

async function countsOf(poolId: string) {
  const [items] = await app.db
    .select({ n: sql<number>`count(*)::int` })
    .from(poolItems)
    .where(eq(poolItems.poolId, poolId));
  const batches = await app.db.select().from(importBatches).where(eq(importBatches.poolId, poolId));
  return { items: items?.n, batches: batches.map((b) => b.status) };
}

/** Through tsx's own CLI, or (`direct`) as a plain node process so a signal reaches the importer itself. */
function spawnTsx(args: string[], env: Record<string, string> = {}, { direct = false } = {}) {
  const [cmd, argv] = direct ? [process.execPath, ['--import', 'tsx', ...args]] : [tsx, args];
  const child = spawn(cmd, argv, { cwd: backend, env: { ...process.env, INIT_CWD: backend, ...env } });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Polls until `check` holds; bounded by the test timeout, and no assertion depends on how long it takes. */
async function until(check: () => boolean | Promise<boolean>) {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

describe('a failed or killed import leaves the pool as it was', () => {
  it('a stream that fails after several written batches: no items, no batch, and the codes import later', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const codes = Array.from({ length: 30_000 }, (_, i) => `CRASH-${i}`);
    // Large enough that the stream's read-ahead cannot reach the failure before batches are written.
    async function* failing() {
      for (let i = 0; i < 20_000; i += 1000) yield `${codes.slice(i, i + 1000).join('\n')}\n`;
      throw new Error('connection to the supplier lost');
    }
    const progress: number[] = [];
    const ctx = withActor(
      {
        ...app.deps,
        events: {
          toUser: (_u, event, p) => void (event === 'import-progress' && progress.push((p as { rows: number }).rows)),
        },
      },
      { type: 'seller', userId: seller.user.id },
    );
    await expect(
      importItems(ctx, { poolId, source: 'api', input: Readable.from(failing()), batchSize: 1000, progressEveryMs: 0 }),
    ).rejects.toThrow('connection to the supplier lost');
    // Batches had been written inside the transaction before the failure.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(await countsOf(poolId)).toEqual({ items: 0, batches: [] });

    const again = await importItems(ctx, { poolId, source: 'api', input: Readable.from([codes.join('\n')]) });
    expect(again).toMatchObject({ accepted: 30_000, duplicates: 0 });
  });

  it('a process killed with SIGKILL mid-import: no items, no batch', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const name = `import-child-${randomCode()}`;
    const named = new URL(app.url);
    named.searchParams.set('application_name', name);
    const url = named.toString();
    const run = spawnTsx(
      ['test/fixtures/import-child.ts', url, generateKeySpec(), poolId, seller.user.id],
      {},
      { direct: true },
    );
    const written = () => [...run.output().matchAll(/^rows \d+$/gm)].length;
    await until(() => written() >= 3 || run.child.exitCode !== null);
    // At least three batches are in the open transaction when the process dies.
    expect(written()).toBeGreaterThanOrEqual(3);
    run.child.kill('SIGKILL');
    expect(await run.exited).toBeNull();
    expect(run.child.signalCode).toBe('SIGKILL');

    // The server rolls the transaction back when it sees the connection gone.
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
    expect(await countsOf(poolId)).toEqual({ items: 0, batches: [] });
  });
});

describe('codepool import', () => {
  let dataDir: string;
  let file: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-cli-import-'));
    file = path.join(dataDir, 'supplier.csv');
    await fs.writeFile(file, 'code;pin\nCLI-1;11\nCLI-2;22\nCLI-1;33\n;44\n');
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  const cli = (args: string[]) =>
    spawnTsx(['src/cli.ts', 'import', ...args], {
      DATABASE_URL: app.url,
      // The keys this database's items were written with: the start check refuses others.
      CODEPOOL_KEYS: app.keySpec,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });

  it('imports as the pool’s seller, prints progress and the report', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const run = cli(['--pool', poolId, file]);
    expect(await run.exited).toBe(0);
    const out = run.output();
    expect(out).toMatch(/progress: 4 rows, 100% of \d+ bytes/);
    expect(out).toContain('rows 4, accepted 2, duplicates 1, invalid 1');
    expect(out).toContain('line 4: duplicate of an earlier line in this file');
    expect(out).toContain('line 5: missing code');
    expect(out).not.toContain('CLI-1');

    const keys = parseKeyRing(app.keySpec);
    const rows = await app.db.select().from(poolItems).where(eq(poolItems.poolId, poolId));
    const fields = rows.map((r) => decryptFields(keys, { poolId, itemId: r.id }, r.ciphertext, r.keyVersion));
    expect(fields).toHaveLength(2);
    expect(fields).toContainEqual({ code: 'CLI-1', pin: '11' });
    expect(fields).toContainEqual({ code: 'CLI-2', pin: '22' });
  });

  it('with --token acts as that seller, and --strict refuses duplicates', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const stranger = await app.seller();
    const theirs = cli(['--pool', poolId, file, '--token', stranger.auth.replace('Bearer ', '')]);
    expect({ exit: await theirs.exited, out: theirs.output() }).toEqual({
      exit: 1,
      out: expect.stringContaining('pool not found'),
    });

    const strict = cli(['--pool', poolId, file, '--token', seller.auth.replace('Bearer ', ''), '--strict']);
    expect(await strict.exited).toBe(1);
    expect(strict.output()).toContain('strict import refused');
    expect(await countsOf(poolId)).toEqual({ items: 0, batches: [] });

    const usage = cli(['--pool', 'not-a-uuid', file]);
    expect(await usage.exited).toBe(2);
    expect(usage.output()).toContain('usage: codepool import');
  });
});
