import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_COMMAND_NAMES, SELLER_COMMAND_NAMES } from '../src/bot/features/help.ts';
import { withActor } from '../src/domain/context.ts';
import { refundUnanswered } from '../src/domain/disputes/refund-unanswered.ts';
import { expireUnpaidRequests } from '../src/domain/requests/expire-unpaid-requests.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';
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
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: shop.templateId, quantity },
    });
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

  const charges = (requestId: string) =>
    q<{ provider_charge_id: string; status: string; amount: number; refund_reason: string | null }>(
      'select provider_charge_id, status, amount, refund_reason from escrow_payments where request_id = $1 order by created_at, id',
      [requestId],
    );
  const notes = (requestId: string, kind: string) =>
    q<{ recipient_id: string; payload: Record<string, unknown> }>(
      "select recipient_id, payload from notifications where kind = $2 and payload->>'requestId' = $1",
      [requestId, kind],
    );
  const userOf = async (telegramId: number) =>
    (await q<{ id: string }>('select id from users where telegram_id = $1', [telegramId]))[0]?.id;

  it('two invoices paid on two devices: the second charge is its own row, refunded by its charge id, and the buyer is told', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 4 }, () => ({ code: randomCode() })),
      { price: 25 },
    );
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const id = req.body.id as string;
    // Both checkouts are answered while the request still awaits payment.
    const [a, b] = await Promise.all([
      tg.preCheckout(buyer.telegramId, id, 25),
      tg.preCheckout(buyer.telegramId, id, 25),
    ]);
    expect([a?.ok, b?.ok]).toEqual([true, true]);
    const before = tg.calls.length;
    await Promise.all([
      tg.successfulPayment(buyer.telegramId, id, 25, 'charge_device_A'),
      tg.successfulPayment(buyer.telegramId, id, 25, 'charge_device_B'),
    ]);
    expect(await statusOf(id)).toBe('delivered');
    expect(await liveItems(id)).toBe(1);
    const rows = await charges(id);
    expect(rows.map((r) => r.status).sort()).toEqual(['funded', 'refunded']);
    const refunded = rows.find((r) => r.status === 'refunded')!;
    expect(refunded.refund_reason).toBe('already_paid');
    // The exact charge, by its id — never the one that funded the order.
    const refunds = tg.callsOf('refundStarPayment');
    expect(refunds.at(-1)?.payload).toEqual({
      user_id: buyer.telegramId,
      telegram_payment_charge_id: refunded.provider_charge_id,
    });
    // Both events are on record; the buyer saw no error and is told about the refund.
    expect(
      await q(
        "select external_id from payment_events where provider = 'telegram' and external_id like 'charge_device_%' order by 1",
      ),
    ).toEqual([{ external_id: 'charge_device_A' }, { external_id: 'charge_device_B' }]);
    expect(tg.calls.slice(before).filter((c) => c.method === 'sendMessage')).toEqual([]);
    const buyerId = await userOf(buyer.telegramId);
    expect((await notes(id, 'payment_returned')).map((n) => n.recipient_id)).toEqual([buyerId]);
    expect((await notes(id, 'refund')).map((n) => n.payload.amount)).toEqual([25]);
    // The same charge delivered again changes nothing.
    await tg.successfulPayment(buyer.telegramId, id, 25, 'charge_device_B');
    expect(await charges(id)).toHaveLength(2);
    expect(tg.callsOf('refundStarPayment')).toHaveLength(refunds.length);
  });

  it('payments that arrive after the request expired are each recorded and refunded — twice is not a 500 — and the buyer is told', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }], { price: 15 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const id = req.body.id as string;
    await q("update purchase_requests set expires_at = now() - interval '1 minute' where id = $1", [id]);
    // Pre-checkout is the first line: an expired order is refused before Telegram takes the Stars.
    expect(await tg.preCheckout(buyer.telegramId, id, 15)).toMatchObject({
      ok: false,
      error_message: expect.stringContaining('expired'),
    });
    expect(await expireUnpaidRequests(withActor(app.deps, TEST_OPERATOR))).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toBe('expired');
    await tg.successfulPayment(buyer.telegramId, id, 15, 'charge_late_1');
    await tg.successfulPayment(buyer.telegramId, id, 15, 'charge_late_2');
    const first = await app.pay(id, 15);
    const second = await app.pay(id, 15);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.status, second.body.status]).toEqual(['refunding', 'refunding']);
    const rows = await charges(id);
    expect(rows.map((r) => [r.status, r.refund_reason])).toEqual([
      ['refunded', 'expired'],
      ['refunded', 'expired'],
      // The signed webhook's provider has no refund API: a person pays it back.
      ['refund_manual', 'expired'],
      ['refund_manual', 'expired'],
    ]);
    expect(
      tg
        .callsOf('refundStarPayment')
        .map((c) => c.payload.telegram_payment_charge_id)
        .filter((c) => String(c).startsWith('charge_late')),
    ).toEqual(['charge_late_1', 'charge_late_2']);
    expect(await statusOf(id)).toBe('expired');
    const buyerId = await userOf(buyer.telegramId);
    expect((await notes(id, 'payment_returned')).every((n) => n.recipient_id === buyerId)).toBe(true);
    expect(await notes(id, 'payment_returned')).toHaveLength(4);
    expect(await notes(id, 'refund')).toHaveLength(2);
    expect(await notes(id, 'refund_requested')).toHaveLength(2);
  });

  it('a Stars payment of the wrong amount, or for no order we know, is recorded and refunded, not lost', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }], { price: 20 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await tg.successfulPayment(buyer.telegramId, req.body.id, 19, 'charge_short');
    expect(await statusOf(req.body.id)).toBe('pending_payment');
    expect((await charges(req.body.id)).map((r) => [r.status, r.refund_reason])).toEqual([
      ['refunded', 'amount_mismatch'],
    ]);
    await tg.successfulPayment(buyer.telegramId, 'not-an-order', 20, 'charge_stray');
    expect(
      await q(
        "select request_id, status, refund_reason from escrow_payments where provider_charge_id = 'charge_stray'",
      ),
    ).toEqual([{ request_id: null, status: 'refunded', refund_reason: 'unknown_request' }]);
    expect(tg.callsOf('refundStarPayment').at(-1)?.payload).toMatchObject({
      telegram_payment_charge_id: 'charge_stray',
    });
  });

  it('a refund through a provider without a refund API waits for a person: refund_manual, the seller alerted, refunded only when confirmed', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 40 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const id = req.body.id as string;
    expect((await app.pay(id, 40)).body.status).toBe('processed');
    await app.api('POST', `/requests/${id}/dispute`, { auth: buyer.auth, body: { reason: 'wrong_region' } });
    const resolved = await app.api('POST', `/requests/${id}/dispute/resolve`, {
      auth: shop.seller.auth,
      body: { action: 'refund' },
    });
    expect(resolved.status).toBe(200);
    expect(await statusOf(id)).toBe('refund_pending');
    expect((await charges(id)).map((r) => r.status)).toEqual(['refund_manual']);
    expect(await notes(id, 'refund')).toEqual([]);
    expect((await notes(id, 'refund_manual')).map((n) => n.recipient_id)).toEqual([shop.seller.user.id]);
    expect(await notes(id, 'refund_requested')).toHaveLength(1);
    const view = await app.api('GET', `/requests/${id}`, { auth: buyer.auth });
    expect(view.body.status).toBe('refund_pending');
    // The buyer is told a person pays this back, not that it is on its way.
    expect(view.body.refundByHand).toBe(true);

    expect((await app.api('POST', `/requests/${id}/refund/confirm`, { auth: (await app.seller()).auth })).status).toBe(
      404,
    );
    expect((await app.api('POST', `/requests/${id}/refund/confirm`, { auth: buyer.auth })).status).toBe(403);
    const confirmed = await app.api('POST', `/requests/${id}/refund/confirm`, { auth: shop.seller.auth });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('refunded');
    expect(confirmed.body.refundByHand).toBe(false);
    expect((await charges(id)).map((r) => r.status)).toEqual(['refunded']);
    expect(await notes(id, 'refund')).toHaveLength(1);
    const again = await app.api('POST', `/requests/${id}/refund/confirm`, { auth: shop.seller.auth });
    expect(again.status).toBe(409);
  });

  it('pre-checkout refuses a paused or inactive listing; a webhook signed for another provider is refused', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 10 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const id = req.body.id as string;
    // As the invalid-dispute check pauses a pool.
    await q("update pools set paused_at = now(), paused_reason = 'test' where id = $1", [shop.poolId]);
    expect(await tg.preCheckout(buyer.telegramId, id, 10)).toMatchObject({
      ok: false,
      error_message: expect.stringContaining('paused'),
    });
    await app.api('PATCH', `/pools/${shop.poolId}`, { auth: shop.seller.auth, body: { paused: false } });
    const off = await app.api('PATCH', `/templates/${shop.templateId}`, {
      auth: shop.seller.auth,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(await tg.preCheckout(buyer.telegramId, id, 10)).toMatchObject({
      ok: false,
      error_message: expect.stringContaining('paused'),
    });

    // Signed for "other", posted as "test": the provider is part of what is signed.
    const replayed = await app.pay(id, 10, { provider: 'test', signedFor: 'other' });
    expect(replayed.status).toBe(401);
    expect(await charges(id)).toEqual([]);
  });

  it('one buyer disputing a whole fresh batch does not pause the pool; three different buyers do, and the seller sees the evidence', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 12 }, () => ({ code: randomCode() })),
    );
    const paused = async () =>
      (await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth })).body as {
        pausedAt: string | null;
        pausedReason: string | null;
      };
    const greedy = await buy(shop, 5);
    const all = await app.api('POST', `/requests/${greedy.id}/dispute`, {
      auth: greedy.buyer.auth,
      body: { reason: 'invalid' },
    });
    expect(all.status).toBe(201);
    // 5 of 5 sold disputed, but by one buyer: not evidence of a bad batch.
    expect((await paused()).pausedAt).toBeNull();

    const others = [await buy(shop), await buy(shop)];
    for (const o of others) {
      await app.api('POST', `/requests/${o.id}/dispute`, { auth: o.buyer.auth, body: { reason: 'invalid' } });
    }
    // Three distinct buyers now: the pool stops selling and says why.
    const now = await paused();
    expect(now.pausedAt).not.toBeNull();
    expect(now.pausedReason).toContain('3 buyers');
    const [note] = await q<{ payload: Record<string, unknown> }>(
      "select payload from notifications where kind = 'pool_paused' and payload->>'poolId' = $1",
      [shop.poolId],
    );
    expect(note?.payload).toMatchObject({ buyers: 3, disputed: 7, sold: 7 });
    const [audit] = await q<{ metadata: { requestIds: string[] } }>(
      "select metadata from audit_log where action = 'pool.paused' and subject_id = $1",
      [shop.poolId],
    );
    expect(audit?.metadata.requestIds.sort()).toEqual([greedy.id, ...others.map((o) => o.id)].sort());
  });

  it('a silent seller on a dispute about one item of ten: that item is replaced, the nine revealed codes stay, nothing is refunded', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 14 }, () => ({ code: randomCode() })),
      { price: 10, maxPerOrder: 10 },
    );
    const p = await buy(shop, 10);
    const revealed = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    const bad = revealed.body.items[3].id as string;
    await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'already_used', itemIds: [bad] },
    });
    // Before choosing, the seller sees what a refund of this partly disputed order costs.
    const view = await app.api('GET', `/requests/${p.id}`, { auth: shop.seller.auth });
    expect(view.body.openDispute).toMatchObject({
      itemIds: [bad],
      refundCost: { amount: 100, items: 10, disputedItems: 1 },
    });
    const sellerChat = shop.seller.user.telegramId;
    await tg.text(sellerChat, '/orders');
    expect(tg.repliesTo(sellerChat).at(-1)).toMatch(
      /1 of 10 items disputed.*refund returns the whole charge: 100 ⭐/is,
    );

    await q("update disputes set respond_by = now() - interval '1 second' where request_id = $1", [p.id]);
    expect(await refundUnanswered(withActor(app.deps, TEST_OPERATOR))).toBe(0);
    expect(await statusOf(p.id)).toBe('delivered');
    expect(await liveItems(p.id)).toBe(10);
    expect(await q('select status from pool_items where id = $1', [bad])).toEqual([{ status: 'invalid' }]);
    expect((await charges(p.id)).map((c) => c.status)).toEqual(['funded']);
    expect(await q('select status from disputes where request_id = $1', [p.id])).toEqual([{ status: 'replaced' }]);
  });

  it('a partial dispute the pool cannot replace is still refunded when the seller is silent', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 10 });
    const p = await buy(shop, 2);
    const revealed = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'already_used', itemIds: [revealed.body.items[0].id] },
    });
    await q("update disputes set respond_by = now() - interval '1 second' where request_id = $1", [p.id]);
    expect(await refundUnanswered(withActor(app.deps, TEST_OPERATOR))).toBe(1);
    expect(await statusOf(p.id)).toBe('refunded');
  });

  it('a manual delivery is replaced by delivering again by hand, never with another order’s returned content', async () => {
    const seller = await app.seller();
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Hand made', price: 10, currency: 'XTR', maxPerOrder: 2, instructions: '' },
    });
    expect(tpl.status).toBe(201);
    const shop = { seller, templateId: tpl.body.id as string, poolId: '' };
    const order = async () => {
      const buyer = app.buyer();
      const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
      await tg.successfulPayment(buyer.telegramId, req.body.id, 10, `charge_${randomCode()}`);
      expect(await statusOf(req.body.id)).toBe('funded');
      return { buyer, id: req.body.id as string };
    };
    const deliver = (id: string, content: string) =>
      app.api('POST', `/requests/${id}/deliver`, { auth: seller.auth, body: { contents: [content] } });

    // Order A is delivered by hand, disputed unseen, and refunded: its content must not be sold again.
    const a = await order();
    expect((await deliver(a.id, 'HANDMADE-A-0001')).status).toBe(200);
    await app.api('POST', `/requests/${a.id}/dispute`, { auth: a.buyer.auth, body: { reason: 'wrong_region' } });
    await app.api('POST', `/requests/${a.id}/dispute/resolve`, { auth: seller.auth, body: { action: 'refund' } });
    expect(
      await q(
        "select i.status from pool_items i join pools p on p.id = i.pool_id where p.seller_id = $1 and i.status = 'available'",
        [seller.user.id],
      ),
    ).toEqual([]);

    const b = await order();
    expect((await deliver(b.id, 'HANDMADE-B-0001')).status).toBe(200);
    await app.api('POST', `/requests/${b.id}/reveal`, { auth: b.buyer.auth });
    await app.api('POST', `/requests/${b.id}/dispute`, { auth: b.buyer.auth, body: { reason: 'invalid' } });
    const replaced = await app.api('POST', `/requests/${b.id}/dispute/resolve`, {
      auth: seller.auth,
      body: { action: 'replace' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.replacementItemIds).toEqual([]);
    // Back with the seller, who is asked to deliver that one item again.
    expect(await statusOf(b.id)).toBe('funded');
    expect(await liveItems(b.id)).toBe(0);
    expect(
      await q(
        "select payload->>'quantity' as n from notifications where kind = 'manual_delivery_needed' and payload->>'requestId' = $1 and payload->>'replacement' = 'true'",
        [b.id],
      ),
    ).toEqual([{ n: '1' }]);
    expect((await deliver(b.id, 'HANDMADE-B-0002')).status).toBe(200);
    const seen = await app.api('POST', `/requests/${b.id}/reveal`, { auth: b.buyer.auth });
    expect(seen.body.items.map((i: { fields: { value: string }[] }) => i.fields[0]?.value)).toEqual([
      'HANDMADE-B-0002',
    ]);
    expect(
      await q("select count(*)::int as n from notifications where kind = 'delivery' and payload->>'requestId' = $1", [
        b.id,
      ]),
    ).toEqual([{ n: 2 }]);
  });

  it('/paysupport says how to get help, lists recent purchases and reports a problem with one; /terms answers; both are in the menus', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 10 });
    const p = await buy(shop);
    const chat = p.buyer.telegramId;
    await tg.text(chat, '/paysupport');
    const replies = tg.repliesTo(chat);
    expect(replies.some((r) => r.startsWith('Payment support'))).toBe(true);
    expect(replies.at(-1)).toContain(p.id.slice(0, 8));
    expect(tg.buttonsTo(chat)).toEqual([`report:${p.id}`]);
    await tg.tap(chat, `report:${p.id}`);
    expect(tg.buttonsTo(chat)).toContain(`report:${p.id}:invalid`);
    await tg.tap(chat, `report:${p.id}:already_used`);
    expect(tg.repliesTo(chat).at(-1)).toContain('Reported');
    expect(await statusOf(p.id)).toBe('disputed');
    expect(await q('select reason from disputes where request_id = $1', [p.id])).toEqual([{ reason: 'already_used' }]);

    await tg.text(chat, '/terms');
    expect(tg.repliesTo(chat).at(-1)).toContain('Terms of sale');
    for (const menu of [BUYER_COMMAND_NAMES, SELLER_COMMAND_NAMES]) {
      expect(menu).toEqual(expect.arrayContaining(['paysupport', 'terms']));
    }
  });
});
