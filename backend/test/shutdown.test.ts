import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client.ts';
import { queueNotifications } from '../src/domain/notifications/queue-notification.ts';
import { alive, type EmbeddedBackend, eventually, startEmbeddedBackend } from './e2e/embedded-backend.ts';
import { makeSeller, TEST_BOT_TOKEN } from './harness.ts';
import { BOT_INFO } from './telegram.ts';

/**
 * SIGTERM to the backend's own process — as `kill`, systemd or a container runtime sends it —
 * always ends it, and leaves no embedded PostgreSQL behind, whatever it was waiting on.
 */
describe('shutdown', () => {
  let backend: EmbeddedBackend | null = null;
  let pids: number[] = [];
  const sockets: net.Socket[] = [];
  let telegram: net.Server | http.Server | null = null;
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await backend?.cleanUp(pids);
    backend = null;
    pids = [];
    if (telegram instanceof http.Server) telegram.closeAllConnections();
    await new Promise((r) => (telegram?.listening ? telegram.close(r) : r(undefined)));
    telegram = null;
  });

  it('with Telegram accepting connections and never answering: serves, then stops cleanly on SIGTERM', async () => {
    // A Bot API that takes the connection and never says a word: the worst kind of slow.
    let contacted = 0;
    telegram = net.createServer((s) => {
      contacted++;
      sockets.push(s);
    });
    await new Promise<void>((r) => telegram?.listen(0, '127.0.0.1', r));
    const { port } = telegram.address() as net.AddressInfo;

    backend = await startEmbeddedBackend({
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'polling',
      TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
      SHUTDOWN_TIMEOUT_S: '10',
    });
    expect((await fetch(`${backend.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${backend.url}/readyz`)).status).toBe(200);
    // The bot is trying to reach Telegram meanwhile: the test is about a real wait.
    expect(await eventually(() => contacted > 0, 10_000)).toBe(true);
    const postmaster = await backend.postmasterPid();
    pids.push(postmaster);
    expect(alive(postmaster)).toBe(true);

    const t0 = Date.now();
    backend.child.kill('SIGTERM');
    expect(await backend.exitWithin(12_000)).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await eventually(() => !alive(postmaster), 2_000)).toBe(true);
    expect(await backend.recordedPort()).toBeFalsy();
    expect(backend.output()).toContain('shutting down');
  }, 120_000);

  it('with a request that never finishes: exits non-zero at SHUTDOWN_TIMEOUT_S, says what was pending, stops its database', async () => {
    backend = await startEmbeddedBackend({ SHUTDOWN_TIMEOUT_S: '2' });
    const postmaster = await backend.postmasterPid();
    pids.push(postmaster);
    // A JSON body announced at 1000 bytes that stops after ten: the parser waits for the rest forever.
    const { port } = new URL(backend.url);
    const held = net.connect(Number(port), '127.0.0.1');
    sockets.push(held);
    await new Promise((r) => held.once('connect', r));
    held.write(
      'POST /api/pools HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":"s',
    );
    await new Promise((r) => setTimeout(r, 300));

    const t0 = Date.now();
    backend.child.kill('SIGTERM');
    const code = await backend.exitWithin(15_000);
    const took = Date.now() - t0;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(10_000);
    // The log names the step it gave up on, down to the request.
    expect(backend.output()).toMatch(/shutdown deadline passed/);
    expect(backend.output()).toContain('POST /api/pools');
    expect(await eventually(() => !alive(postmaster), 2_000)).toBe(true);
    expect(await backend.recordedPort()).toBeFalsy();
  }, 120_000);

  it('in polling mode, SIGTERM to the whole process group ends it, even with a send to Telegram in flight', async () => {
    // A local Bot API server: answers the start-up calls, holds getUpdates as long polling
    // does, and takes sendMessage without answering, as a Telegram under load would.
    const methods: string[] = [];
    const api = http.createServer((req, res) => {
      const method = req.url?.split('/').at(-1) ?? '';
      methods.push(method);
      req.resume();
      req.on('end', () => {
        const answer = (result: unknown) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
        if (method === 'getMe') return answer(BOT_INFO);
        if (method === 'getUpdates') return void setTimeout(() => answer([]), 25_000).unref();
        if (method === 'sendMessage') return;
        answer(true);
      });
    });
    telegram = api;
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    const { port } = api.address() as net.AddressInfo;
    backend = await startEmbeddedBackend(
      { BOT_TOKEN: TEST_BOT_TOKEN, BOT_MODE: 'polling', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` },
      { detached: true },
    );
    const postmaster = await backend.postmasterPid();
    pids.push(postmaster);
    expect(await eventually(() => methods.includes('getUpdates'), 15_000)).toBe(true);

    // One message in the outbox, as any sale queues; the dispatcher picks it up within a second.
    const conn = JSON.parse(await fs.readFile(path.join(backend.dataDir, 'pg-connection.json'), 'utf8'));
    const db = createDb(
      `postgres://${conn.user}:${encodeURIComponent(conn.password)}@127.0.0.1:${conn.port}/${conn.database}`,
      {
        max: 1,
      },
    );
    try {
      const user = await makeSeller(db.db, { id: 7001, first_name: 'Sal' });
      await queueNotifications(db.db, [
        { recipientId: user.id, kind: 'low_stock', payload: { poolId: randomUUID(), available: 1, threshold: 5 } },
      ]);
    } finally {
      await db.pool.end();
    }
    expect(await eventually(() => methods.includes('sendMessage'), 10_000)).toBe(true);

    // The signal reaches everything in the group: the backend and its PostgreSQL. The Bot API
    // stays up and never answers the send, so the send in flight can only end by the bot's own
    // bound. (A Bot API that dies instead fails the send at once: network errors are rethrown,
    // not retried for ever.)
    const pgid = backend.child.pid;
    if (!pgid) throw new Error('no pid');
    process.kill(-pgid, 'SIGTERM');
    // The send that cannot finish is left behind after the bot's own bound; the rest is graceful.
    expect(await backend.exitWithin(15_000)).toBe(0);
    expect(backend.output()).toContain('the bot did not stop in time');
    expect(await eventually(() => !alive(postmaster), 2_000)).toBe(true);
    expect(await backend.recordedPort()).toBeFalsy();
  }, 120_000);

  it('a SIGTERM during start-up (the first initdb) is handled: no database is left running on the data folder', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-early-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT_S: '2',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const onDataDir = () =>
      execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(dataDir) && !line.includes('cli.ts'));
    try {
      expect(await eventually(() => out.includes('initialising embedded PostgreSQL'), 60_000)).toBe(true);
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('alive'), 90_000))]);
      // Either the start stopped at its next step (0) or the deadline passed first (1): never killed by the signal.
      expect([0, 1]).toContain(code);
      expect(out).not.toContain('Codepool is running');
      expect(await eventually(() => onDataDir().length === 0, 5_000)).toBe(true);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      for (const line of onDataDir()) process.kill(Number.parseInt(line, 10), 'SIGKILL');
      await fs.rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }, 180_000);
});
