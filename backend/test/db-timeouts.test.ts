import { sql } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { allowLongStatements, createDb, dbOptionsOf } from '../src/db/client.ts';
import { databaseUnavailable } from '../src/domain/pg-errors.ts';
import { freshDatabaseUrl, startTestApp } from './harness.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Nothing waits on the database forever: no free connection, a blocked statement, an abandoned transaction. */
describe('database timeouts', () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });

  it('are configurable, with defaults that bound every statement and idle transaction', async () => {
    const config = parseConfig({
      DATABASE_ACQUIRE_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '2500',
      DATABASE_IDLE_TX_TIMEOUT_MS: '3500',
    });
    expect(dbOptionsOf(config, { max: 3 })).toEqual({
      max: 3,
      acquireTimeoutMs: 1500,
      statementTimeoutMs: 2500,
      idleInTransactionTimeoutMs: 3500,
    });
    expect(() => parseConfig({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);

    const { db, pool } = createDb(url, dbOptionsOf(parseConfig({})));
    try {
      const { rows } = await db.execute<{ s: string; i: string }>(
        sql`SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i`,
      );
      expect(rows[0]).toEqual({ s: '1min', i: '1min' });
      // Long maintenance raises the limit for its own transaction only.
      const setting = async (q: { execute: typeof db.execute }) =>
        (await q.execute<{ s: string }>(sql`SELECT current_setting('statement_timeout') AS s`)).rows[0]?.s;
      await db.transaction(async (tx) => {
        await allowLongStatements(tx);
        expect(await setting(tx)).toBe('15min');
      });
      expect(await setting(db)).toBe('1min');
    } finally {
      await pool.end();
    }
  });

  it('a caller that gets no connection within the acquire timeout is answered 503, not left waiting', async () => {
    const app = await startTestApp({ url, db: { max: 1, acquireTimeoutMs: 300 } });
    const seller = await app.seller();
    const held = await app.db.$client.connect();
    try {
      const started = Date.now();
      const res = await app.api('GET', '/pools', { auth: seller.auth });
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'unavailable', details: { reason: 'acquire_timeout' } });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      held.release();
      await app.close();
    }
  }, 15_000);

  it('a statement blocked past statement_timeout is cancelled by the server and answered 503', async () => {
    const app = await startTestApp({ url, db: { statementTimeoutMs: 300 } });
    const seller = await app.seller();
    const created = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: 'Locked', deliveryType: 'code' },
    });
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM pools WHERE id = $1 FOR UPDATE', [created.body.id]);
      const res = await app.api('PATCH', `/pools/${created.body.id}`, { auth: seller.auth, body: { name: 'Renamed' } });
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'unavailable', details: { reason: 'overloaded' } });
      expect(res.headers.get('retry-after')).toBeTruthy();
      await locker.query('ROLLBACK');
      const after = await app.api('PATCH', `/pools/${created.body.id}`, {
        auth: seller.auth,
        body: { name: 'Renamed' },
      });
      expect(after.status).toBe(200);
    } finally {
      await locker.end();
      await app.close();
    }
  }, 15_000);

  it('a transaction left idle is ended by the server, releasing its locks, without crashing the process', async () => {
    const { db, pool } = createDb(url, { max: 2, idleInTransactionTimeoutMs: 200 });
    try {
      const outcome = await db
        .transaction(async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(4242)`);
          await sleep(800);
          await tx.execute(sql`SELECT 1`);
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(databaseUnavailable(outcome)).not.toBeNull();
      // The lock went with the session: another connection takes it at once.
      const { rows } = await db.execute<{ ok: boolean }>(sql`SELECT pg_try_advisory_lock(4242) AS ok`);
      expect(rows[0]?.ok).toBe(true);
    } finally {
      await pool.end();
    }
  }, 15_000);
});
