import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { createDb } from '../src/db/client.ts';
import type { DatabaseState } from '../src/db/embedded.ts';
import { DEFAULT_SETTINGS, nullEvents } from '../src/domain/context.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/lib/logger.ts';
import { alive, type EmbeddedBackend, eventually, startEmbeddedBackend } from './e2e/embedded-backend.ts';
import { freshDatabaseUrl } from './harness.ts';

const ready = async (url: string) => (await fetch(`${url}/readyz`).catch(() => null))?.status === 200;

/**
 * `kill -9` of the embedded PostgreSQL, as the OOM killer does it. The backend owns that
 * server, so it notices: it starts it again, or, told not to, leaves so its own supervisor can.
 */
describe('the embedded database under its owner', () => {
  let backend: EmbeddedBackend | null = null;
  const pids: number[] = [];
  afterEach(async () => {
    await backend?.cleanUp(pids.splice(0));
    backend = null;
  });

  it('is started again after kill -9, and the backend is ready again without anyone stepping in', async () => {
    backend = await startEmbeddedBackend();
    const first = await backend.postmasterPid();
    pids.push(first);
    expect(await ready(backend.url)).toBe(true);

    process.kill(first, 'SIGKILL');
    expect(await eventually(() => !alive(first), 5_000)).toBe(true);
    const url = backend.url;
    expect(await eventually(() => ready(url), 30_000)).toBe(true);
    const second = await backend.postmasterPid();
    pids.push(second);
    expect(second).not.toBe(first);
    expect(backend.output()).toMatch(/embedded PostgreSQL exited/);
    expect(backend.output()).toMatch(/embedded PostgreSQL restarted/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    // And it still stops like any other time.
    backend.child.kill('SIGTERM');
    expect(await backend.exitWithin(12_000)).toBe(0);
    expect(await eventually(() => !alive(second), 2_000)).toBe(true);
  }, 120_000);

  it('with EMBEDDED_DB_RESTARTS=0 exits non-zero instead, so its supervisor restarts the whole thing', async () => {
    backend = await startEmbeddedBackend({ EMBEDDED_DB_RESTARTS: '0' });
    const first = await backend.postmasterPid();
    pids.push(first);
    process.kill(first, 'SIGKILL');
    const code = await backend.exitWithin(15_000);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(backend.output()).toMatch(/embedded PostgreSQL exited/);
    expect(await backend.recordedPort()).toBeFalsy();
  }, 120_000);

  it('healthz: 200 while the database is up or being started again, 503 once its owner gave up on it', async () => {
    let state: DatabaseState = 'up';
    const { db, pool } = createDb(await freshDatabaseUrl(), { max: 2 });
    const deps = { db, keys: parseKeyRing(generateKeySpec()), log: createLogger('silent'), events: nullEvents };
    const app = createApp(
      { ...deps, settings: DEFAULT_SETTINGS },
      {
        botToken: undefined,
        initDataMaxAgeS: 60,
        jsonBodyLimit: '1mb',
        paymentWebhookSecret: undefined,
        publicUrl: () => '',
        serveWeb: false,
        databaseState: () => state,
      },
    );
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
      return { status: res.status, body: await res.json() };
    };
    try {
      expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
      state = 'restarting';
      expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'restarting' } });
      state = 'failed';
      expect(await health()).toEqual({ status: 503, body: { status: 'failed', database: 'failed' } });
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await pool.end();
    }
  });
});
