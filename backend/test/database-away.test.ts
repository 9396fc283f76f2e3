import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../src/domain/pg-errors.ts';
import { startTestApp, type TestApp } from './harness.ts';
import { startOwnPostgres } from './own-postgres.ts';

/** The app on a PostgreSQL server of this file's own, which the tests stop, start and crash. */
describe('while the database is away', () => {
  let own: Awaited<ReturnType<typeof startOwnPostgres>>;
  let app: TestApp;
  let seller: Awaited<ReturnType<TestApp['seller']>>;
  beforeAll(async () => {
    own = await startOwnPostgres();
    app = await startTestApp({ url: own.url, db: { max: 4 } });
    seller = await app.seller();
  });
  afterAll(async () => {
    await app?.close();
    await own?.remove();
  });

  const readyz = async () => (await fetch(`${app.base}/readyz`)).status;

  it('answers 503 with Retry-After, not 500, and serves again as soon as the server is back', async () => {
    expect((await app.api('GET', '/pools', { auth: seller.auth })).status).toBe(200);
    await own.stop();

    const buyer = app.buyer();
    for (const [path, auth] of [
      ['/pools', seller.auth],
      ['/requests', buyer.auth],
    ] as const) {
      const res = await app.api('GET', path, { auth });
      expect(res.status, path).toBe(503);
      expect(res.body.error.code).toBe('unavailable');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await readyz()).toBe(503);

    await own.start();
    // No waiting: the first call after the restart is served (the pool drops dead connections).
    expect((await app.api('GET', '/pools', { auth: seller.auth })).status).toBe(200);
    expect(await readyz()).toBe(200);
  });

  it('a call whose server process is killed under it is a 503, and the crash-restarted server serves again', async () => {
    const lost = app.db
      .transaction(async (tx) => {
        const { rows } = await tx.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
        const sleeping = tx.execute(sql`SELECT pg_sleep(30)`);
        // As the OOM killer does.
        process.kill(rows[0]?.pid ?? 0, 'SIGKILL');
        await sleeping;
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    const err = await lost;
    expect(databaseUnavailable(err)).toBe('connection_lost');

    // PostgreSQL restarts all its sessions after a crash; meanwhile calls are 503, then 200.
    const statuses: number[] = [];
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      const res = await app.api('GET', '/pools', { auth: seller.auth });
      statuses.push(res.status);
      if (res.status === 200) break;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(statuses.at(-1)).toBe(200);
  });
});
