import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import {
  type Runner,
  type RunnerOptions,
  run,
  type TaskList,
  Logger as WorkerLogger,
  runMigrations as workerMigrations,
} from 'graphile-worker';
import pg from 'pg';
import type { DbOrTx } from '../db/client.ts';
import type { Deps } from '../domain/context.ts';
import type { Logger } from '../lib/logger.ts';

/**
 * Durable jobs: work that must survive a crash and run once across replicas (supplier
 * orders), kept in PostgreSQL by graphile-worker. A job is added with `enqueueJob` in the
 * same transaction as the state change that needs it, so it exists exactly when that change
 * committed. The cron-like jobs in catalogue.ts stay on node-cron with advisory locks.
 *
 * graphile-worker frees a job locked by a worker that died only after four hours. Each
 * process here holds a lease (a session advisory lock) for as long as its workers run, and
 * names its workers after it; a lease nobody holds means the process is gone, and any
 * process frees that one's jobs at once (`reclaim`). A `kill -9` mid-job therefore costs a
 * few seconds, not four hours; the job's own steps are idempotent, so running one again is
 * safe.
 */

/** A durable task: its payload is what `enqueueJob` was given, as JSON. */
export type DurableTask = (deps: Deps, payload: unknown) => Promise<void>;

export type DurableOptions = {
  url: string;
  tasks: Record<string, DurableTask>;
  /** Jobs this process runs at once (DURABLE_JOB_CONCURRENCY). */
  concurrency?: number;
  /** How often a worker looks for jobs that came due (LISTEN/NOTIFY wakes it for new ones). */
  pollIntervalMs?: number;
  /** How often this process looks for dead processes' jobs. */
  reclaimEveryMs?: number;
};

const WORKER_SCHEMA = 'graphile_worker';
const leaseKey = (processId: string) => `codepool-worker:${processId}`;
const workerIdOf = (processId: string, i: number) => `cp-${processId}-${i}`;
const PROCESS_OF_WORKER = /^cp-([0-9a-f]{32})-\d+$/;
/**
 * graphile-worker 0.17 locks jobs under its worker POOL's id (`pool-<random>`), not the
 * worker id we give it; each pool's id is leased too, taken the moment the pool is created.
 */
const POOL_ID = /^pool-[0-9a-f]{18}$/;

/** Installs or upgrades graphile-worker's schema; runMigrations calls it under its lock. */
export async function migrateDurableJobs(url: string): Promise<void> {
  await workerMigrations({ connectionString: url, schema: WORKER_SCHEMA, logger: quiet });
}

export type EnqueueOptions = {
  /** Jobs with the same key are one job: adding it again moves its run time (and payload). */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds a durable job in the caller's transaction: it exists if and only if that commits. */
export async function enqueueJob(
  q: DbOrTx,
  task: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
) {
  await q.execute(sql`SELECT graphile_worker.add_job(
    ${task}, ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 25}::int,
    job_key => ${options.key ?? null}::text)`);
}

/** Removes a job not yet running (a canceled order's next poll). */
export async function removeJob(q: DbOrTx, key: string) {
  await q.execute(sql`SELECT graphile_worker.remove_job(${key})`);
}

/**
 * Starts this process's workers and its lease. Returns a stop function that lets running
 * jobs finish. If the lease's connection is lost, the workers are stopped (another process
 * may now free their jobs) and started again under a new lease.
 */
export async function startDurableJobs(deps: Deps, options: DurableOptions): Promise<() => Promise<void>> {
  const { url, concurrency = 2, pollIntervalMs = 1000, reclaimEveryMs = 15_000 } = options;
  const log = deps.log;
  const taskList: TaskList = Object.fromEntries(
    Object.entries(options.tasks).map(([name, task]) => [name, (payload: unknown) => task(deps, payload)]),
  );
  const pgPool = new pg.Pool({ connectionString: url, max: concurrency * 2 + 1 });
  // An idle or checked-out client that errors (a server restart) must not crash the process;
  // the job it ran is retried.
  pgPool.on('error', () => undefined);
  pgPool.on('connect', (client) => client.on('error', () => undefined));

  let stopped = false;
  let current: { lease: pg.Client; runners: Runner[]; processId: string; pools: Set<string> } | null = null;
  let restartTimer: NodeJS.Timeout | null = null;

  const startGeneration = async () => {
    const processId = randomUUID().replaceAll('-', '');
    const lease = new pg.Client({ connectionString: url });
    await lease.connect();
    await lease.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [leaseKey(processId)]);
    const generation = { lease, runners: [] as Runner[], processId, pools: new Set<string>() };
    current = generation;
    lease.on('error', () => undefined);
    lease.on('end', () => {
      if (stopped || current !== generation) return;
      log.warn('durable jobs: the lease connection was lost; restarting the workers under a new lease');
      current = null;
      void Promise.all(generation.runners.map((r) => r.stop().catch(() => undefined))).then(scheduleRestart);
    });
    await reclaim(lease, processId, log, generation.pools);
    // Lease every worker pool's id as it is created (before it takes a job, in practice).
    const events = new EventEmitter();
    const leased: Promise<unknown>[] = [];
    events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => {
      generation.pools.add(workerPool.id);
      leased.push(
        lease
          .query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [leaseKey(workerPool.id)])
          .catch(() => undefined),
      );
    });
    for (let i = 0; i < concurrency; i++) {
      // One worker per runner, so each has a name we chose (graphile-worker reads `workerId`
      // from the options though its RunnerOptions type does not list it).
      const runnerOptions: RunnerOptions & { workerId: string } = {
        pgPool,
        schema: WORKER_SCHEMA,
        taskList,
        concurrency: 1,
        workerId: workerIdOf(processId, i),
        pollInterval: pollIntervalMs,
        noHandleSignals: true,
        logger: workerLogger(log),
        events,
      };
      generation.runners.push(await run(runnerOptions));
    }
    await Promise.all(leased);
  };
  const scheduleRestart = () => {
    if (stopped) return;
    restartTimer = setTimeout(() => {
      startGeneration().catch((e: unknown) => {
        log.error({ err: e }, 'durable jobs: could not start the workers; trying again');
        scheduleRestart();
      });
    }, 2_000);
    restartTimer.unref();
  };

  await startGeneration();
  const reclaimTimer = setInterval(() => {
    const g = current;
    if (g)
      reclaim(g.lease, g.processId, log, g.pools).catch((e: unknown) =>
        log.warn({ err: e }, 'durable jobs: reclaim failed'),
      );
  }, reclaimEveryMs);
  reclaimTimer.unref();

  return async () => {
    stopped = true;
    clearInterval(reclaimTimer);
    if (restartTimer) clearTimeout(restartTimer);
    const g = current;
    current = null;
    if (g) {
      await Promise.all(g.runners.map((r) => r.stop().catch(() => undefined)));
      await g.lease.end().catch(() => undefined);
    }
    await pgPool.end().catch(() => undefined);
  };
}

/**
 * Frees the jobs of every process whose lease nobody holds: trying its lock and getting it
 * means its session is gone. Workers not named by us are left to graphile-worker's own rule.
 */
export async function reclaim(
  lease: pg.Client,
  ownProcessId: string,
  log: Logger,
  ownPools: ReadonlySet<string> = new Set(),
): Promise<number> {
  const { rows } = await lease.query<{ locked_by: string }>(
    `SELECT locked_by FROM ${WORKER_SCHEMA}._private_jobs WHERE locked_by LIKE 'cp-%' OR locked_by LIKE 'pool-%'
     UNION SELECT locked_by FROM ${WORKER_SCHEMA}._private_job_queues WHERE locked_by LIKE 'cp-%' OR locked_by LIKE 'pool-%'`,
  );
  const byProcess = new Map<string, string[]>();
  for (const { locked_by } of rows) {
    // Our worker ids name their process; a pool id is its own lease.
    const processId = PROCESS_OF_WORKER.exec(locked_by)?.[1] ?? (POOL_ID.test(locked_by) ? locked_by : undefined);
    // Our own session holds our leases re-entrantly: never test them.
    if (!processId || processId === ownProcessId || ownPools.has(processId)) continue;
    byProcess.set(processId, [...(byProcess.get(processId) ?? []), locked_by]);
  }
  let freed = 0;
  for (const [processId, workerIds] of byProcess) {
    const key = leaseKey(processId);
    const { rows: got } = await lease.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
      [key],
    );
    if (!got[0]?.ok) continue;
    try {
      await lease.query(`SELECT ${WORKER_SCHEMA}.force_unlock_workers($1::text[])`, [workerIds]);
      freed += workerIds.length;
      log.warn({ workers: workerIds }, 'durable jobs: freed the jobs of a process that is gone');
    } finally {
      await lease.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  }
  return freed;
}

const quiet = new WorkerLogger(() => () => undefined);

function workerLogger(log: Logger) {
  return new WorkerLogger(() => (level, message, meta) => {
    const fields = meta && typeof meta === 'object' ? { worker: meta } : {};
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else log.debug(fields, message);
  });
}
