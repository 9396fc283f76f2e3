import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

/** Issue 13: every Star accounted for — the holes a buyer could reach through the API or the bot. */
describe('money integrity', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps);
  });
  afterAll(() => app.close());

  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await app.db.$client.query(sql, params)).rows as T[];
  const statusOf = async (id: string) =>
    (await q<{ status: string }>('select status from purchase_requests where id = $1', [id]))[0]?.status;
  const liveItems = async (requestId: string) =>
    (
      await q<{ n: number }>(
        "select count(*)::int as n from pool_items where purchase_request_id = $1 and status = 'delivered'",
        [requestId],
      )
    )[0]?.n;

  async function buy(shop: Awaited<ReturnType<typeof shopWith>>, quantity = 1) {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId, quantity } });
    expect(req.status).toBe(201);
    expect(await tg.preCheckout(buyer.telegramId, req.body.id, req.body.total)).toMatchObject({ ok: true });
    await tg.successfulPayment(buyer.telegramId, req.body.id, req.body.total, `charge_${randomCode()}`);
    expect(await statusOf(req.body.id)).toBe('delivered');
    return { buyer, id: req.body.id as string, total: req.body.total as number };
  }

  it('a dispute naming the same item three times is refused and cannot inflate a replacement', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 8 }, () => ({ code: randomCode() })),
    );
    const p = await buy(shop, 3);
    const revealed = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    const first = revealed.body.items[0].id as string;
    const dup = await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'invalid', itemIds: [first, first, first] },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.code).toBe('validation_failed');
    expect(await statusOf(p.id)).toBe('delivered');

    const one = await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'invalid', itemIds: [first] },
    });
    expect(one.status).toBe(201);
    const replaced = await app.api('POST', `/requests/${p.id}/dispute/resolve`, {
      auth: shop.seller.auth,
      body: { action: 'replace' },
    });
    expect(replaced.body.replacementItemIds).toHaveLength(1);
    expect(await liveItems(p.id)).toBe(3);
  });
});
