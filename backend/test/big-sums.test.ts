import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

/** Sums of money and costs outgrow a 32-bit integer long before they outgrow a JS number. */
describe('sums past 2^31', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('reports three items costing 1e9 each, sold and expired, with their exact totals', async () => {
    const seller = await app.seller('Whale');
    const auth = seller.auth;
    const pool = await app.api('POST', '/pools', { auth, body: { name: 'Gold', deliveryType: 'code' } });
    const item = () => ({ fields: { code: randomCode() }, cost: 1_000_000_000 });
    const added = await app.api('POST', `/pools/${pool.body.id}/items`, {
      auth,
      body: {
        items: [
          item(),
          item(),
          item(),
          ...[1, 2, 3].map(() => ({ ...item(), expiresAt: new Date(Date.now() + 86_400_000).toISOString() })),
        ],
      },
    });
    expect(added.body.accepted).toBe(6);
    // The three that expire soonest would be drawn first; let them lapse unsold instead.
    const doomed = added.body.items.slice(3).map((i: { id: string }) => i.id);
    await app.db.$client.query(
      "update pool_items set expires_at = now() - interval '1 hour' where id = any($1::uuid[])",
      [doomed],
    );
    const template = await app.api('POST', '/templates', {
      auth,
      body: { title: 'Gold bar', price: 100_000, currency: 'XTR', defaultPoolId: pool.body.id, maxPerOrder: 3 },
    });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: template.body.id, quantity: 3 },
    });
    expect((await app.pay(req.body.id, req.body.total)).status).toBe(200);

    const res = await app.api('GET', '/analytics/overview', { auth });
    expect(res.status).toBe(200);
    expect(res.body.templates[0]).toMatchObject({
      units: 3,
      revenue: 300_000,
      items: 3,
      costedItems: 3,
      itemCost: 3_000_000_000,
      margin: 300_000 - 3_000_000_000,
    });
    expect(res.body.pools[0]).toMatchObject({ expired: 3, expiredCost: 3_000_000_000 });
    expect(res.body.totals.expiredCost).toBe(3_000_000_000);
  });

  it('sums a ledger past 2^31', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 100 });
    for (let i = 0; i < 2; i++) {
      const buyer = app.buyer();
      const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
      await app.pay(req.body.id, req.body.total);
      expect((await app.api('POST', `/requests/${req.body.id}/confirm`, { auth: buyer.auth })).status).toBe(200);
    }
    // Two big sales, as years of trade add up to: each entry fits in an integer, their sum does not.
    const { rowCount } = await app.db.$client.query(
      'update ledger_entries set amount = 2000000000 where seller_id = $1',
      [shop.seller.user.id],
    );
    expect(rowCount).toBe(2);
    const res = await app.api('GET', '/ledger', { auth: shop.seller.auth });
    expect(res.status).toBe(200);
    expect(res.body.balance).toBe(4_000_000_000);
  });
});
