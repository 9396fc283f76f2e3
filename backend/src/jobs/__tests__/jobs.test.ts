import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from '../../../test/harness.ts';
import { createDb } from '../../db/client.ts';
import { withActor } from '../../domain/context.ts';
import { sweepUndelivered } from '../../domain/fulfillment/sweep-undelivered.ts';
import { expireItems, warnExpiringItems } from '../../domain/items/expire-items.ts';
import { fundRequest } from '../../domain/payments/fund-request.ts';
import { expireUnpaidRequests } from '../../domain/requests/expire-unpaid-requests.ts';
import { JOBS, runJob } from '../catalogue.ts';
import { runLocked } from '../run-locked.ts';

describe('jobs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];

  it('runs a job once when two replicas tick together', async () => {
    let runs = 0;
    const slow = () => new Promise((r) => setTimeout(r, 200)).then(() => ++runs);
    // Another replica: its own pool (and so its own lock session) on the same database.
    const other = createDb(app.url, { max: 2 });
    const replica = { ...app.deps, db: other.db };
    const [a, b, c] = await Promise.all([
      runLocked(app.deps, 'probe', slow),
      runLocked(replica, 'probe', slow),
      runLocked(app.deps, 'probe', slow),
    ]);
    await other.pool.end();
    expect([a.ran, b.ran, c.ran].sort()).toEqual([false, false, true]);
    expect(runs).toBe(1);
    // Once released, the next tick runs again.
    expect((await runLocked(app.deps, 'probe', slow)).ran).toBe(true);
    expect(JOBS.map((j) => j.name)).toEqual(
      expect.arrayContaining(['fulfillment-sweeper', 'escrow-auto-complete', 'refund-retry']),
    );
  });

  it('the sweeper delivers a paid request whose in-process fulfillment never ran', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    // Funded, then the process "died" before fulfillOnFunded.
    await app.db.transaction((tx) =>
      fundRequest(
        tx,
        { type: 'system', job: 'test' },
        {
          requestId: req.body.id,
          provider: 'test',
          chargeId: 'lost-fulfillment',
          amount: req.body.total,
          currency: 'XTR',
        },
      ),
    );
    expect(await sweepUndelivered(withActor(app.deps, TEST_OPERATOR), { olderThanS: 0 })).toBe(1);
    expect(await q('select status from purchase_requests where id = $1', [req.body.id])).toEqual([
      { status: 'delivered' },
    ]);
    expect(await sweepUndelivered(withActor(app.deps, TEST_OPERATOR), { olderThanS: 0 })).toBe(0);
  });

  it('expires requests left unpaid, and a late payment is then given back', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await q("update purchase_requests set expires_at = now() - interval '1 second' where id = $1", [req.body.id]);
    expect(await expireUnpaidRequests(withActor(app.deps, TEST_OPERATOR))).toBe(1);
    const late = await app.pay(req.body.id, req.body.total);
    expect(late.body.status).toBe('refunding');
    expect(await q('select status from purchase_requests where id = $1', [req.body.id])).toEqual([
      { status: 'expired' },
    ]);
    expect(await q('select status from pool_items where pool_id = $1', [shop.poolId])).toEqual([
      { status: 'available' },
    ]);
  });

  it('sweeps expired items and warns once a day of items expiring within a week', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const shop = await shopWith(app, [
      { code: randomCode(), expiresAt: soon },
      { code: randomCode(), expiresAt: soon },
      { code: randomCode() },
    ]);
    await q(
      "update pool_items set expires_at = now() - interval '1 minute' where pool_id = $1 and id = (select min(id::text)::uuid from pool_items where pool_id = $1)",
      [shop.poolId],
    );
    expect(await expireItems(withActor(app.deps, TEST_OPERATOR))).toBe(1);
    expect(
      await q('select status, count(*)::int as n from pool_items where pool_id = $1 group by status order by status', [
        shop.poolId,
      ]),
    ).toEqual([
      { status: 'available', n: 2 },
      { status: 'expired', n: 1 },
    ]);
    expect(await warnExpiringItems(withActor(app.deps, TEST_OPERATOR))).toBeGreaterThanOrEqual(1);
    expect(await warnExpiringItems(withActor(app.deps, TEST_OPERATOR))).toBe(0);
    expect(
      await q(
        "select payload->>'count' as n from notifications where kind = 'expiring_items' and payload->>'poolId' = $1",
        [shop.poolId],
      ),
    ).toEqual([{ n: '1' }]);
  });

  it('every job of the catalogue completes with a pool of one connection, and the lock session closes after', async () => {
    const small = await startTestApp({ db: { max: 1 } });
    try {
      const shop = await shopWith(small, [{ code: randomCode() }]);
      const buyer = small.buyer();
      const req = await small.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
      await small.db.transaction((tx) =>
        fundRequest(
          tx,
          { type: 'system', job: 'test' },
          { requestId: req.body.id, provider: 'test', chargeId: 'one-conn', amount: req.body.total, currency: 'XTR' },
        ),
      );
      const settings = { ...small.deps.settings, sweeperGraceS: 0 };
      const deps = { ...small.deps, settings };
      // All at once, as the scheduler ticks them: each lock is held while its body queues for the one connection.
      const outcomes = await Promise.all(JOBS.map((job) => runLocked(deps, job.name, () => runJob(deps, job))));
      expect(outcomes.map((o) => o.ran)).toEqual(JOBS.map(() => true));
      const sweeper = outcomes[JOBS.findIndex((j) => j.name === 'fulfillment-sweeper')];
      expect(sweeper).toEqual({ ran: true, result: 1 });
      const { rows } = await small.db.$client.query(
        "select count(*)::int as n from pg_stat_activity where application_name = 'codepool job locks' and datname = current_database()",
      );
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await small.close();
    }
  }, 30_000);
});
