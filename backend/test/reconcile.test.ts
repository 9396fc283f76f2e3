import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { retryDueRefunds } from '../src/domain/escrow/retry-due-refunds.ts';
import { reconcileStars } from '../src/domain/payments/reconcile-stars.ts';
import { expireUnpaidRequests } from '../src/domain/requests/expire-unpaid-requests.ts';
import { JOBS } from '../src/jobs/catalogue.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

/** Our record against Telegram's own (getStarTransactions), served by the test's Bot API. */
describe('reconciliation with Telegram’s Stars ledger', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps);
    shop = await shopWith(
      app,
      Array.from({ length: 10 }, () => ({ code: randomCode() })),
      { price: 30 },
    );
  });
  afterAll(() => app.close());

  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await app.db.$client.query(sql, params)).rows as T[];
  const statusOf = async (id: string) =>
    (await q<{ status: string }>('select status from purchase_requests where id = $1', [id]))[0]?.status;
  const charge = async (chargeId: string) =>
    (
      await q<{ id: string; status: string }>('select id, status from escrow_payments where provider_charge_id = $1', [
        chargeId,
      ])
    )[0];
  const reconcile = () => reconcileStars(withActor(app.deps, TEST_OPERATOR), { graceS: 60 });
  const order = async () => {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    return { buyer, id: req.body.id as string };
  };

  it('records a payment whose update never arrived, delivers it, and matches every transaction exactly once', async () => {
    const paid = await order();
    await tg.successfulPayment(paid.buyer.telegramId, paid.id, 30, 'charge_seen');
    const lost = await order();
    // Telegram took the Stars; the successful_payment update was lost on the way.
    tg.payWithoutUpdate(lost.buyer.telegramId, lost.id, 30, 'charge_lost');
    expect(await statusOf(lost.id)).toBe('pending_payment');

    const run = await reconcile();
    expect(run).toMatchObject({ incoming: 2, outgoing: 0, matched: 2, recovered: 1, mismatches: 1, starBalance: 60 });
    expect(run.details).toEqual([expect.objectContaining({ kind: 'payment_not_seen', transactionId: 'charge_lost' })]);
    expect(await statusOf(lost.id)).toBe('delivered');
    expect((await charge('charge_lost'))?.status).toBe('funded');

    // A second run finds nothing new, and no transaction is matched twice.
    const again = await reconcile();
    expect(again).toMatchObject({ recovered: 0, mismatches: 0, matched: 2 });
    expect(
      await q('select id, direction, escrow_payment_id is not null as linked from star_transactions order by id'),
    ).toEqual([
      { id: 'charge_lost', direction: 'in', linked: true },
      { id: 'charge_seen', direction: 'in', linked: true },
    ]);
  });

  it('a lost payment for an expired request is recorded and refunded by its charge id; the refund then matches', async () => {
    const late = await order();
    await q("update purchase_requests set expires_at = now() - interval '1 minute' where id = $1", [late.id]);
    await expireUnpaidRequests(withActor(app.deps, TEST_OPERATOR));
    tg.payWithoutUpdate(late.buyer.telegramId, late.id, 30, 'charge_lost_late');
    const run = await reconcile();
    expect(run.recovered).toBe(1);
    expect((await charge('charge_lost_late'))?.status).toBe('refunded');
    expect(tg.callsOf('refundStarPayment').at(-1)?.payload).toMatchObject({
      telegram_payment_charge_id: 'charge_lost_late',
    });
    const next = await reconcile();
    expect(next).toMatchObject({ mismatches: 0, outgoing: 1 });
    expect(
      await q(
        "select count(*)::int as n from star_transactions where id = 'charge_lost_late' and escrow_payment_id is not null",
      ),
    ).toEqual([{ n: 2 }]);
  });

  it('a refund we recorded that Telegram lacks goes back to refund_pending and is asked for again', async () => {
    const p = await order();
    await tg.successfulPayment(p.buyer.telegramId, p.id, 30, 'charge_refund_lost');
    await app.api('POST', `/requests/${p.id}/dispute`, { auth: p.buyer.auth, body: { reason: 'wrong_region' } });
    await app.api('POST', `/requests/${p.id}/dispute/resolve`, { auth: shop.seller.auth, body: { action: 'refund' } });
    expect(await statusOf(p.id)).toBe('refunded');
    // Telegram has no such refund (say the answer we took for "done" was not).
    const i = tg.stars.findIndex((t) => t.receiver && t.id === 'charge_refund_lost');
    tg.stars.splice(i, 1);
    await q("update escrow_payments set refunded_at = now() - interval '20 minutes' where provider_charge_id = $1", [
      'charge_refund_lost',
    ]);

    const run = await reconcile();
    expect(run).toMatchObject({ refundsReopened: 1, mismatches: 1 });
    expect((await charge('charge_refund_lost'))?.status).toBe('refund_pending');
    expect(await statusOf(p.id)).toBe('refund_pending');
    expect(await retryDueRefunds(withActor(app.deps, TEST_OPERATOR))).toEqual({ refunded: 1, pending: 0 });
    expect(await statusOf(p.id)).toBe('refunded');
    expect((await reconcile()).mismatches).toBe(0);
  });

  it('a refund Telegram shows that we never made is a mismatch: counted, alerted, on the ledger page', async () => {
    const p = await order();
    await tg.successfulPayment(p.buyer.telegramId, p.id, 30, 'charge_refunded_elsewhere');
    tg.stars.push({
      id: 'charge_refunded_elsewhere',
      amount: 30,
      date: Math.floor(Date.now() / 1000),
      receiver: {
        type: 'user',
        transaction_type: 'invoice_payment',
        user: { id: p.buyer.telegramId, is_bot: false, first_name: 'B' },
      },
    });
    const run = await reconcile();
    expect(run).toMatchObject({ unknownRefunds: 1, mismatches: 1 });
    expect(run.details).toEqual([expect.objectContaining({ kind: 'refund_not_made_by_us' })]);
    expect(
      await q("select recipient_id from notifications where kind = 'reconcile_mismatch' and payload->>'runId' = $1", [
        run.id,
      ]),
    ).toEqual([{ recipient_id: shop.seller.user.id }]);

    const page = await app.api('GET', '/ledger/reconciliation', { auth: shop.seller.auth });
    expect(page.status).toBe(200);
    expect(page.body.lastRun).toMatchObject({ mismatches: 1, unknownRefunds: 1, starBalance: run.starBalance });
    expect(page.body.sums).toMatchObject({ currency: 'XTR' });
    expect(page.body.sums.held).toBeGreaterThan(0);
    expect(JOBS.map((j) => j.name)).toContain('stars-reconcile');
  });
});
