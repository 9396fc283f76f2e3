import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { randomCode, shopWith, startTestApp, TEST_WEBHOOK_SECRET, type TestApp } from './harness.ts';

describe('the signed payment webhook', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  beforeAll(async () => {
    app = await startTestApp();
    shop = await shopWith(
      app,
      Array.from({ length: 5 }, () => ({ code: randomCode() })),
      { price: 40 },
    );
  });
  afterAll(() => app.close());

  async function pendingRequest() {
    const res = await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: shop.templateId } });
    return res.body as { id: string; total: number };
  }
  const statusOf = async (id: string) =>
    (await app.db.$client.query<{ status: string }>('select status from purchase_requests where id = $1', [id])).rows[0]
      ?.status;
  const escrowCount = async () =>
    (await app.db.$client.query<{ n: number }>('select count(*)::int as n from escrow_payments')).rows[0]?.n;

  function post(raw: string, signature?: string) {
    return app.api('POST', '/payments/webhook/test', {
      raw,
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-codepool-signature': signature } : {}) },
    });
  }
  const event = (requestId: string, amount: number, id = `evt_${randomCode()}`) =>
    JSON.stringify({ id, type: 'payment.succeeded', request_id: requestId, amount, currency: 'XTR' });

  it('refuses bad or missing signatures and stale timestamps; a verified wrong amount is recorded and given back, funding nothing', async () => {
    const req = await pendingRequest();
    const escrowBefore = await escrowCount();
    const raw = event(req.id, req.total);
    const now = Math.floor(Date.now() / 1000);
    const refusals = [
      ['missing signature', await post(raw)],
      ['wrong secret', await post(raw, signWebhook('another-secret-0123456789', 'test', raw))],
      [
        'body changed after signing',
        await post(raw.replace('"amount":40', '"amount":41'), signWebhook(TEST_WEBHOOK_SECRET, 'test', raw)),
      ],
      ['stale', await post(raw, signWebhook(TEST_WEBHOOK_SECRET, 'test', raw, now - 301))],
      // Signed when it is sent, not when the test began: under load the requests before it take
      // seconds, and the server's clock would bring a timestamp taken early back into the window.
      [
        'from the future',
        await post(raw, signWebhook(TEST_WEBHOOK_SECRET, 'test', raw, Math.floor(Date.now() / 1000) + 331)),
      ],
      ['malformed header', await post(raw, 'v1=abc')],
    ] as const;
    for (const [name, res] of refusals) {
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe('unauthorized');
    }
    // A verified payment is money received: recorded and given back, never dropped with a 4xx.
    const lowAmount = await app.pay(req.id, req.total - 1);
    expect(lowAmount.status).toBe(200);
    expect(lowAmount.body.status).toBe('refunding');
    const wrongCurrency = await app.pay(req.id, req.total, { currency: 'USD' });
    expect(wrongCurrency.status).toBe(400);
    const unknownRequest = await app.pay('00000000-0000-4000-8000-000000000000', 40);
    expect(unknownRequest.status).toBe(200);
    expect(unknownRequest.body.status).toBe('refunding');

    expect(await statusOf(req.id)).toBe('pending_payment');
    expect(await escrowCount()).toBe((escrowBefore ?? 0) + 2);
    const { rows: held } = await app.db.$client.query<{ n: number }>(
      "select count(*)::int as n from escrow_payments where status in ('funded', 'released')",
    );
    expect(held[0]?.n).toBe(0);
    const { rows } = await app.db.$client.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'payment.refused'",
    );
    // Unsigned calls are counted, not written down; of the signed ones only the wrong currency is refused.
    expect(rows[0]?.n).toBe(1);
  });

  it('the same event id twice answers 200 and changes nothing the second time', async () => {
    const req = await pendingRequest();
    const first = await app.pay(req.id, req.total, { eventId: 'evt_replayed' });
    expect(first.body.status).toBe('processed');
    const snapshot = async () =>
      (
        await app.db.$client.query(
          `select (select count(*) from escrow_payments) e, (select count(*) from pool_items where status = 'delivered') d,
                  (select count(*) from payment_events) p, (select count(*) from notifications) n`,
        )
      ).rows[0];
    const before = await snapshot();
    const replay = await app.pay(req.id, req.total, { eventId: 'evt_replayed' });
    expect(replay.status).toBe(200);
    expect(replay.body.status).toBe('duplicate');
    expect(await snapshot()).toEqual(before);
    expect(await statusOf(req.id)).toBe('delivered');
  });

  it('a second, different payment for an already funded request is its own charge, given back — not a second escrow', async () => {
    const req = await pendingRequest();
    await app.pay(req.id, req.total);
    const again = await app.pay(req.id, req.total);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('refunding');
    const { rows } = await app.db.$client.query<{ status: string }>(
      'select status from escrow_payments where request_id = $1 order by created_at',
      [req.id],
    );
    // This provider has no refund API: the seller pays it back by hand and confirms.
    expect(rows).toEqual([{ status: 'funded' }, { status: 'refund_manual' }]);
  });

  it('a payment for a cancelled request is not funded: it is recorded and given back', async () => {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const cancelled = await app.api('POST', `/requests/${req.body.id}/cancel`, { auth: buyer.auth });
    expect(cancelled.body.status).toBe('cancelled');
    const paid = await app.pay(req.body.id, req.body.total);
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('refunding');
    expect(await statusOf(req.body.id)).toBe('cancelled');
    const { rows } = await app.db.$client.query<{ status: string }>(
      'select status from escrow_payments where request_id = $1',
      [req.body.id],
    );
    expect(rows).toEqual([{ status: 'refund_manual' }]);
    const { rows: items } = await app.db.$client.query<{ n: number }>(
      'select count(*)::int as n from pool_items where purchase_request_id = $1',
      [req.body.id],
    );
    expect(items[0]?.n).toBe(0);
  });
});
