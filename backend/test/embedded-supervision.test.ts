import { afterEach, describe, expect, it } from 'vitest';
import { alive, type EmbeddedBackend, eventually, startEmbeddedBackend } from './e2e/embedded-backend.ts';

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
});
