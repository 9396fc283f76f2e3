import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, startTestApp, type TestApp } from './harness.ts';

describe('the whole story over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('seller token → pool → items → bound template → signed buyer → signed webhook → delivered → reveal', async () => {
    const seller = await app.seller('Alice');
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: 'Steam 20 EUR', deliveryType: 'code', lowStockThreshold: 2 },
    });
    expect(pool.status).toBe(201);
    expect(pool.body.fields.map((f: { name: string }) => f.name)).toEqual(['code', 'pin', 'value']);

    const known = 'KNOWN-SECRET-CODE-4242';
    const codes = [known, randomCode(), randomCode()];
    const added = await app.api('POST', `/pools/${pool.body.id}/items`, {
      auth: seller.auth,
      body: {
        items: codes.map((code, i) => ({ fields: { code, pin: `PIN-QZX${i}-KNOWN` }, cost: 1500, supplier: 'acme' })),
      },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ accepted: 3, duplicates: 0, invalid: 0 });
    expect(JSON.stringify(added.body)).not.toContain('SECRET');

    const stock = await app.api('GET', `/pools/${pool.body.id}`, { auth: seller.auth });
    expect(stock.body.stock).toMatchObject({ available: 3, delivered: 0 });

    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: {
        title: 'Steam 20 EUR',
        price: 250,
        currency: 'XTR',
        defaultPoolId: pool.body.id,
        instructions: 'Redeem in Steam',
      },
    });
    expect(tpl.status).toBe(201);
    expect(tpl.body).toMatchObject({ active: true, available: 3 });

    const buyer = app.buyer('Bob');
    const seen = await app.api('GET', `/templates/${tpl.body.id}`, { auth: buyer.auth });
    expect(seen.body).toMatchObject({
      title: 'Steam 20 EUR',
      price: 250,
      inStock: true,
      purchasable: true,
      sellerName: 'Alice',
    });

    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: tpl.body.id, quantity: 1 },
    });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'pending_payment', total: 250, currency: 'XTR', items: [] });

    const paid = await app.pay(req.body.id, 250);
    expect(paid.status).toBe(200);
    expect(paid.body).toEqual({ status: 'processed', requestId: req.body.id });

    const after = await app.api('GET', `/requests/${req.body.id}`, { auth: buyer.auth });
    expect(after.body.status).toBe('delivered');
    expect(after.body.items).toHaveLength(1);
    expect(after.body.items[0].preview).toMatch(/^•+/);
    expect(JSON.stringify(after.body)).not.toMatch(/KNOWN-SECRET|pin/);
    expect(after.body.disputeWindowEndsAt).not.toBeNull();

    // Soonest-expiring first, then oldest: with no expiries, the first code added is drawn.
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.status).toBe(200);
    expect(reveal.headers.get('cache-control')).toBe('no-store');
    expect(reveal.body.instructions).toBe('Redeem in Steam');
    const fields = reveal.body.items[0].fields;
    expect(fields).toEqual([
      { name: 'code', label: 'Code', value: known, sensitive: true },
      { name: 'pin', label: 'PIN', value: 'PIN-QZX0-KNOWN', sensitive: true },
    ]);
    const firstRevealAt = reveal.body.items[0].revealedAt;
    const again = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(again.body.items[0].revealedAt).toBe(firstRevealAt);

    // Every reveal is audited; the first one stamped revealed_at once.
    const audits = await app.db.execute<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_log where subject_id = '${req.body.id}' group by action` as never,
    );
    const byAction = Object.fromEntries(audits.rows.map((r) => [r.action, r.n]));
    expect(byAction).toMatchObject({
      'request.created': 1,
      'request.funded': 1,
      'request.delivered': 1,
      'delivery.revealed': 2,
    });

    // Buyer and seller were told over the realtime port, with ids and counts only.
    const deliveryEvents = app.events.filter((e) => e.event === 'delivery-update');
    expect(deliveryEvents).toHaveLength(2);
    expect(deliveryEvents[0]?.payload).toEqual({
      requestId: req.body.id,
      status: 'delivered',
      quantity: 1,
      delivered: 1,
    });

    // Notifications queued in the outbox for both parties, without content.
    const outbox = await app.db.execute<{ kind: string; payload: unknown }>(
      'select kind, payload from notifications' as never,
    );
    // Threshold 2 with 2 left: one low-stock alert to the seller.
    expect(outbox.rows.map((r) => r.kind).sort()).toEqual(['delivery', 'low_stock', 'sale']);

    const sellerView = await app.api('GET', '/requests?role=seller', { auth: seller.auth });
    expect(sellerView.body.items.map((r: { id: string }) => r.id)).toEqual([req.body.id]);

    // At rest and everywhere else, the known code exists only as ciphertext.
    const dump = await app.dumpAll();
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).toContain(pool.body.id);
    // Needles long enough that they cannot turn up by chance in ids, timestamps or ciphertext.
    for (const needle of [known, Buffer.from(known).toString('hex'), 'PIN-QZX0-KNOWN', 'PIN-QZX1-KNOWN']) {
      expect(dump.includes(needle), `dump contains ${needle}`).toBe(false);
    }
  });
});
