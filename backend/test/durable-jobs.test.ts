import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { createDb, type Db } from '../src/db/client.ts';
import { DEFAULT_SETTINGS, type Deps, nullEvents } from '../src/domain/context.ts';
import { enqueueJob, startDurableJobs } from '../src/jobs/durable.ts';
import { createLogger } from '../src/lib/logger.ts';
import { freshDatabaseUrl } from './harness.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(50);
  }
}

/** Durable jobs: written with the transaction that needs them, run once across processes, freed when their process dies. */
describe('durable jobs', () => {
  let url: string;
  let db: Db;
  let pool: pg.Pool;
  let deps: Deps;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    ({ db, pool } = createDb(url, { max: 5 }));
    deps = {
      db,
      keys: parseKeyRing(generateKeySpec()),
      log: createLogger('silent'),
      events: nullEvents,
      settings: DEFAULT_SETTINGS,
    };
  });
  afterAll(async () => {
    await pool.end();
  });

  it('exist only if their transaction commits, and run once although two processes work the queue', async () => {
    const runs: string[] = [];
    const tasks = {
      record: async (_d: Deps, payload: unknown) => {
        runs.push((payload as { n: string }).n);
        await sleep(20);
      },
    };
    await db
      .transaction(async (tx) => {
        await enqueueJob(tx, 'record', { n: 'rolled-back' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await db.transaction(async (tx) => {
      for (let i = 0; i < 30; i++) await enqueueJob(tx, 'record', { n: `job-${i}` });
      // The same key twice is one job.
      await enqueueJob(tx, 'record', { n: 'keyed' }, { key: 'only-once' });
      await enqueueJob(tx, 'record', { n: 'keyed' }, { key: 'only-once' });
    });
    const a = await startDurableJobs(deps, { url, tasks, concurrency: 2, pollIntervalMs: 100 });
    const b = await startDurableJobs(deps, { url, tasks, concurrency: 2, pollIntervalMs: 100 });
    try {
      await until(() => runs.length >= 31);
      await sleep(500);
      expect(runs).not.toContain('rolled-back');
      expect(runs.filter((n) => n === 'keyed')).toHaveLength(1);
      expect(new Set(runs).size).toBe(runs.length);
      expect(runs).toHaveLength(31);
    } finally {
      await Promise.all([a(), b()]);
    }
  }, 60_000);

  it('frees the jobs of a process that died holding them, and only once its lease is gone', async () => {
    const runs: string[] = [];
    const tasks = { work: async (_d: Deps, payload: unknown) => void runs.push((payload as { n: string }).n) };
    await db.transaction((tx) => enqueueJob(tx, 'work', { n: 'orphan' }));
    // A process that took the job and was killed: graphile-worker locks a job under its worker
    // pool's id, which that process leased on the `dead` client below.
    const deadPool = `pool-${'f'.repeat(18)}`;
    const dead = new pg.Client({ connectionString: url });
    await dead.connect();
    await dead.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`codepool-worker:${deadPool}`]);
    await db.execute(sql`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = ${deadPool}`);
    const stop = await startDurableJobs(deps, { url, tasks, concurrency: 1, pollIntervalMs: 100, reclaimEveryMs: 200 });
    try {
      // Still alive: its job stays its own.
      await sleep(1_000);
      expect(runs).toEqual([]);
      await dead.end();
      await until(() => runs.length > 0, 10_000);
      expect(runs).toEqual(['orphan']);
    } finally {
      await stop();
    }
  }, 60_000);
});
