import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { OTHER_BOT_TOKEN, randomCode, shopWith, startTestApp, TEST_BOT_TOKEN, type TestApp } from './harness.ts';

describe('who may see what', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  beforeAll(async () => {
    app = await startTestApp();
    shop = await shopWith(app, [{ code: 'ONLY-FOR-BOB-1234' }, { code: randomCode() }]);
  });
  afterAll(() => app.close());

  it('a second buyer cannot see or reveal the first buyer’s request (404, like a missing one)', async () => {
    const bob = app.buyer('Bob');
    const req = await app.api('POST', '/requests', { auth: bob.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const eve = app.buyer('Eve');
    const read = await app.api('GET', `/requests/${req.body.id}`, { auth: eve.auth });
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: eve.auth });
    const missing = await app.api('GET', '/requests/00000000-0000-4000-8000-000000000000', { auth: eve.auth });
    expect(read.status).toBe(404);
    expect(reveal.status).toBe(404);
    expect(read.body).toEqual(missing.body);
    expect(JSON.stringify(reveal.body)).not.toContain('ONLY-FOR-BOB');
    const list = await app.api('GET', '/requests', { auth: eve.auth });
    expect(list.body.items).toEqual([]);
    // Not even the seller can reveal: reveal is the buyer's alone.
    const sellerReveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: shop.seller.auth });
    expect(sellerReveal.status).toBe(403);
    const bobReveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: bob.auth });
    expect(bobReveal.body.items[0].fields[0].value).toBe('ONLY-FOR-BOB-1234');
  });

  it('a seller cannot read, change or fill another seller’s pool or template', async () => {
    const mallory = await app.seller('Mallory');
    const calls = [
      app.api('GET', `/pools/${shop.poolId}`, { auth: mallory.auth }),
      app.api('GET', `/pools/${shop.poolId}/items`, { auth: mallory.auth }),
      app.api('PATCH', `/pools/${shop.poolId}`, { auth: mallory.auth, body: { name: 'mine now' } }),
      app.api('DELETE', `/pools/${shop.poolId}`, { auth: mallory.auth }),
      app.api('POST', `/pools/${shop.poolId}/items`, {
        auth: mallory.auth,
        body: { items: [{ fields: { code: 'X1' } }] },
      }),
      app.api('PATCH', `/templates/${shop.templateId}`, { auth: mallory.auth, body: { price: 1 } }),
      app.api('POST', '/templates', {
        auth: mallory.auth,
        body: { title: 'Stolen', price: 1, currency: 'XTR', defaultPoolId: shop.poolId },
      }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const pools = await app.api('GET', '/pools', { auth: mallory.auth });
    expect(pools.body).toEqual([]);
    const own = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(own.body.name).not.toBe('mine now');
    expect(own.body.archivedAt).toBeNull();
  });

  it('a buyer without a shop cannot use seller routes; opening a shop allows it', async () => {
    const carol = app.buyer('Carol');
    const denied = await app.api('POST', '/pools', { auth: carol.auth, body: { name: 'P', deliveryType: 'key' } });
    expect(denied.status).toBe(403);
    const opened = await app.api('POST', '/me/seller', { auth: carol.auth });
    expect(opened.body.isSeller).toBe(true);
    const created = await app.api('POST', '/pools', { auth: carol.auth, body: { name: 'P', deliveryType: 'key' } });
    expect(created.status).toBe(201);
  });

  it('refuses missing, forged, stale and other-bot init data with 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = signInitData(TEST_BOT_TOKEN, { id: 777, first_name: 'Val' });
    const forged = valid.replace('Val', 'Vax');
    const stale = signInitData(TEST_BOT_TOKEN, { id: 777, first_name: 'Val' }, { authDate: now - 2 * 86_400 });
    const otherBot = signInitData(OTHER_BOT_TOKEN, { id: 777, first_name: 'Val' });
    const noHash = valid.replace(/&?hash=[0-9a-f]+/, '');
    const cases: [string, string | undefined][] = [
      ['missing', undefined],
      ['forged', `tma ${forged}`],
      ['stale', `tma ${stale}`],
      ['other bot', `tma ${otherBot}`],
      ['no hash', `tma ${noHash}`],
      ['garbage', 'tma %%%'],
      ['empty scheme', 'tma'],
      ['unknown scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
      ['bad bearer', 'Bearer cp_not-a-real-token'],
    ];
    for (const [name, auth] of cases) {
      const res = await app.api('POST', '/requests', {
        ...(auth ? { auth } : {}),
        body: { templateId: shop.templateId },
      });
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe('unauthorized');
    }
    const ok = await app.api('GET', '/me', { auth: `tma ${valid}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ telegramId: '777', firstName: 'Val', isSeller: false });
    const { rows } = await app.db.$client.query<{ n: number }>(
      'select count(*)::int as n from purchase_requests where buyer_id = $1',
      [ok.body.id],
    );
    expect(rows[0]?.n).toBe(0);
  });
});
