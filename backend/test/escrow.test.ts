import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { refundUnanswered } from '../src/domain/disputes/refund-unanswered.ts';
import { retryDueRefunds } from '../src/domain/escrow/retry-due-refunds.ts';
import { completeDueRequests } from '../src/domain/requests/complete-due-requests.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

describe('escrow with Telegram Stars', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps);
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  const statusOf = async (id: string) =>
    (await q<{ status: string }>('select status from purchase_requests where id = $1', [id]))[0]?.status;
  const escrowOf = async (id: string) =>
    (
      await q<{ status: string; refund_attempts: number }>(
        'select status, refund_attempts from escrow_payments where request_id = $1',
        [id],
      )
    )[0];

  /** A buyer who bought and paid through the bot: invoice, pre-checkout, successful_payment. */
  async function buyThroughTelegram(shop: Awaited<ReturnType<typeof shopWith>>, quantity = 1) {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: shop.templateId, quantity },
    });
    const invoice = await app.api('POST', `/requests/${req.body.id}/invoice`, { auth: buyer.auth });
    expect(invoice.status).toBe(200);
    const answer = await tg.preCheckout(buyer.telegramId, req.body.id, req.body.total);
    expect(answer).toMatchObject({ ok: true });
    await tg.successfulPayment(buyer.telegramId, req.body.id, req.body.total, `charge_${randomCode()}`);
    return { buyer, id: req.body.id as string, total: req.body.total as number };
  }

  it('invoice → pre-checkout → successful_payment → delivered; a duplicated update changes nothing', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 30 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const invoice = await app.api('POST', `/requests/${req.body.id}/invoice`, { auth: buyer.auth });
    expect(invoice.body.invoiceLink).toMatch(/^https:\/\/t\.me\/\$/);
    expect(tg.callsOf('createInvoiceLink').at(-1)?.payload).toMatchObject({
      payload: req.body.id,
      currency: 'XTR',
      provider_token: '',
      prices: [{ label: 'Gift card', amount: 30 }],
    });
    expect(await tg.preCheckout(buyer.telegramId, req.body.id, 30)).toEqual({
      pre_checkout_query_id: expect.any(String),
      ok: true,
    });
    await tg.successfulPayment(buyer.telegramId, req.body.id, 30, 'charge_dup_1');
    await tg.successfulPayment(buyer.telegramId, req.body.id, 30, 'charge_dup_1');
    expect(await statusOf(req.body.id)).toBe('delivered');
    expect(
      await q(
        'select provider, provider_charge_id, payer_telegram_id::int as payer from escrow_payments where request_id = $1',
        [req.body.id],
      ),
    ).toEqual([{ provider: 'telegram', provider_charge_id: 'charge_dup_1', payer: buyer.telegramId }]);
    expect(
      (
        await q<{ n: number }>('select count(*)::int as n from pool_items where purchase_request_id = $1', [
          req.body.id,
        ])
      )[0]?.n,
    ).toBe(1);
    // Paid already: a second checkout is refused with a reason the buyer can read.
    expect(await tg.preCheckout(buyer.telegramId, req.body.id, 30)).toMatchObject({
      ok: false,
      error_message: expect.stringContaining('already paid'),
    });
  });

  it('pre-checkout says no, with a human reason, to a wrong amount, a stranger, a stranger’s payload and a sold-out pool', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }], { price: 10, maxPerOrder: 3 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: shop.templateId, quantity: 2 },
    });
    const cases = [
      [await tg.preCheckout(buyer.telegramId, req.body.id, 19), 'price changed'],
      [await tg.preCheckout(buyer.telegramId + 999, req.body.id, 20), 'someone else'],
      [await tg.preCheckout(buyer.telegramId, 'not-a-request', 20), 'not from Codepool'],
      [await tg.preCheckout(buyer.telegramId, req.body.id, 20), 'sold out'],
    ] as const;
    for (const [answer, says] of cases) {
      expect(answer).toMatchObject({ ok: false });
      expect(String(answer?.error_message)).toContain(says);
    }
    expect(await statusOf(req.body.id)).toBe('pending_payment');
  });

  it('confirm releases escrow to the seller’s ledger; the window passing does too; the ledger sums what was released', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 3 }, () => ({ code: randomCode() })),
      { price: 12 },
    );
    const a = await buyThroughTelegram(shop);
    const b = await buyThroughTelegram(shop);
    const confirmed = await app.api('POST', `/requests/${a.id}/confirm`, { auth: a.buyer.auth });
    expect(confirmed.body.status).toBe('completed');
    const again = await app.api('POST', `/requests/${a.id}/confirm`, { auth: a.buyer.auth });
    expect(again.status).toBe(409);
    const stranger = await app.api('POST', `/requests/${b.id}/confirm`, { auth: app.buyer().auth });
    expect(stranger.status).toBe(404);

    expect(await completeDueRequests(withActor(app.deps, TEST_OPERATOR))).toBe(0);
    await q("update purchase_requests set dispute_window_ends_at = now() - interval '1 second' where id = $1", [b.id]);
    expect(await completeDueRequests(withActor(app.deps, TEST_OPERATOR))).toBe(1);
    expect(await statusOf(b.id)).toBe('completed');
    expect((await escrowOf(b.id))?.status).toBe('released');

    const ledger = await app.api('GET', '/ledger', { auth: shop.seller.auth });
    expect(ledger.body.balance).toBe(24);
    expect(ledger.body.entries.map((e: { requestId: string }) => e.requestId).sort()).toEqual([a.id, b.id].sort());
    const [sums] = await q<{ ledger: number; released: number }>(
      `select (select sum(amount)::int from ledger_entries where seller_id = $1) ledger,
              (select sum(e.amount)::int from escrow_payments e join purchase_requests r on r.id = e.request_id
                where r.seller_id = $1 and e.status = 'released') released`,
      [shop.seller.user.id],
    );
    expect(sums?.ledger).toBe(sums?.released);
  });

  it('dispute → replace: a fresh item from the same pool, the old one burned, capped at the quantity bought', async () => {
    const shop = await shopWith(app, [
      { code: 'FIRST-GIFT-0001' },
      { code: 'SECOND-GIFT-0002' },
      { code: 'THIRD-GIFT-0003' },
    ]);
    const p = await buyThroughTelegram(shop);
    const first = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    expect(first.body.items[0].fields[0].value).toBe('FIRST-GIFT-0001');
    const opened = await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'already_used', text: 'says redeemed' },
    });
    expect(opened.status).toBe(201);
    expect(await statusOf(p.id)).toBe('disputed');
    // The seller is told, and the money stays held.
    expect(
      await q("select kind from notifications where kind = 'dispute_opened' and payload->>'requestId' = $1", [p.id]),
    ).toHaveLength(1);
    expect(await completeDueRequests(withActor(app.deps, TEST_OPERATOR))).toBe(0);

    const notSeller = await app.api('POST', `/requests/${p.id}/dispute/resolve`, {
      auth: (await app.seller()).auth,
      body: { action: 'replace' },
    });
    expect(notSeller.status).toBe(404);
    const replaced = await app.api('POST', `/requests/${p.id}/dispute/resolve`, {
      auth: shop.seller.auth,
      body: { action: 'replace' },
    });
    expect(replaced.body).toMatchObject({ status: 'replaced', replacementItemIds: [expect.any(String)] });
    expect(await statusOf(p.id)).toBe('delivered');
    const second = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    expect(second.body.items.map((i: { fields: { value: string }[] }) => i.fields[0]?.value)).toEqual([
      'SECOND-GIFT-0002',
    ]);
    expect(await q('select status from pool_items where id = $1', [first.body.items[0].id])).toEqual([
      { status: 'invalid' },
    ]);

    await app.api('POST', `/requests/${p.id}/dispute`, { auth: p.buyer.auth, body: { reason: 'invalid' } });
    const capped = await app.api('POST', `/requests/${p.id}/dispute/resolve`, {
      auth: shop.seller.auth,
      body: { action: 'replace' },
    });
    expect(capped.status).toBe(409);
    expect(capped.body.error.message).toContain('capped');
  });

  it('dispute → refund: an unrevealed item returns to the pool, a revealed one is burned; a failed refund is retried', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 4 }, () => ({ code: randomCode() })),
      { maxPerOrder: 2 },
    );
    const p = await buyThroughTelegram(shop, 2);
    const reveal = await app.api('POST', `/requests/${p.id}/reveal`, { auth: p.buyer.auth });
    const [seen] = reveal.body.items as { id: string }[];
    // Only the first was looked at: un-stamp the second to model a buyer who saw one of two.
    const { rows: items } = await app.db.$client.query<{ id: string }>(
      'select id from pool_items where purchase_request_id = $1 order by id',
      [p.id],
    );
    const unseen = items.find((i) => i.id !== seen!.id)!;
    await q('update pool_items set revealed_at = null where id = $1', [unseen.id]);

    await app.api('POST', `/requests/${p.id}/dispute`, {
      auth: p.buyer.auth,
      body: { reason: 'wrong_region', text: 'EU only' },
    });
    tg.failNext('refundStarPayment', 1);
    const refused = await app.api('POST', `/requests/${p.id}/dispute/resolve`, {
      auth: shop.seller.auth,
      body: { action: 'refund' },
    });
    expect(refused.body.status).toBe('refunded');
    expect(await statusOf(p.id)).toBe('refund_pending');
    expect(await escrowOf(p.id)).toEqual({ status: 'refund_pending', refund_attempts: 1 });

    // The retry is due after its backoff; make it due now and run the outbox.
    await q('update escrow_payments set refund_next_attempt_at = now() where request_id = $1', [p.id]);
    expect(await retryDueRefunds(withActor(app.deps, TEST_OPERATOR))).toEqual({ refunded: 1, pending: 0 });
    expect(await statusOf(p.id)).toBe('refunded');
    expect((await escrowOf(p.id))?.status).toBe('refunded');
    expect(await retryDueRefunds(withActor(app.deps, TEST_OPERATOR))).toEqual({ refunded: 0, pending: 0 });
    const refunds = tg.callsOf('refundStarPayment');
    expect(refunds).toHaveLength(2);
    expect(refunds[1]?.payload).toMatchObject({ user_id: p.buyer.telegramId });

    expect(await q('select status, purchase_request_id from pool_items where id = $1', [unseen.id])).toEqual([
      { status: 'available', purchase_request_id: null },
    ]);
    expect(
      await q('select status, purchase_request_id, revealed_at is not null as revealed from pool_items where id = $1', [
        seen!.id,
      ]),
    ).toEqual([{ status: 'invalid', purchase_request_id: p.id, revealed: true }]);
    const ledger = await app.api('GET', '/ledger', { auth: shop.seller.auth });
    expect(ledger.body.balance).toBe(0);
  });

  it('refunds what the seller leaves unanswered, and pauses a pool with too many invalid codes', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 8 }, () => ({ code: randomCode() })),
    );
    const bought = [];
    for (let i = 0; i < 6; i++) bought.push(await buyThroughTelegram(shop));
    for (const b of bought.slice(0, 3)) {
      await app.api('POST', `/requests/${b.id}/dispute`, { auth: b.buyer.auth, body: { reason: 'invalid' } });
    }
    // 3 of 6 sold (50%) disputed as invalid by 3 buyers is past the default 20%: the pool stops selling.
    const pool = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(pool.body.pausedAt).not.toBeNull();
    expect(pool.body.pausedReason).toContain('disputed as invalid');
    const listing = await app.api('GET', `/templates/${shop.templateId}`, { auth: app.buyer().auth });
    expect(listing.body.purchasable).toBe(false);
    expect(
      await q("select kind from notifications where kind = 'pool_paused' and payload->>'poolId' = $1", [shop.poolId]),
    ).toHaveLength(1);

    await q("update disputes set respond_by = now() - interval '1 second' where request_id = $1", [bought[0]!.id]);
    expect(await refundUnanswered(withActor(app.deps, TEST_OPERATOR))).toBe(1);
    expect(await statusOf(bought[0]!.id)).toBe('refunded');
    expect(await statusOf(bought[1]!.id)).toBe('disputed');

    const resumed = await app.api('PATCH', `/pools/${shop.poolId}`, {
      auth: shop.seller.auth,
      body: { paused: false },
    });
    expect(resumed.body.pausedAt).toBeNull();
    const again = await app.api('GET', `/templates/${shop.templateId}`, { auth: app.buyer().auth });
    expect(again.body.purchasable).toBe(true);
  });

  it('confirm and dispute at the same moment: exactly one of them is applied', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 20 }, () => ({ code: randomCode() })),
    );
    for (let round = 0; round < 10; round++) {
      const p = await buyThroughTelegram(shop);
      const [confirm, dispute] = await Promise.all([
        app.api('POST', `/requests/${p.id}/confirm`, { auth: p.buyer.auth }),
        // Not 'invalid': ten of those would pause the pool for its quality, which is another test.
        app.api('POST', `/requests/${p.id}/dispute`, {
          auth: p.buyer.auth,
          body: { reason: 'other', text: 'not working' },
        }),
      ]);
      const won = [confirm.status === 200, dispute.status === 201].filter(Boolean);
      expect(won).toHaveLength(1);
      expect([confirm.status, dispute.status]).toContain(409);
      const status = await statusOf(p.id);
      expect(status).toBe(confirm.status === 200 ? 'completed' : 'disputed');
      const ledgerRows = (
        await q<{ n: number }>('select count(*)::int as n from ledger_entries where request_id = $1', [p.id])
      )[0]?.n;
      expect(ledgerRows).toBe(status === 'completed' ? 1 : 0);
    }
  });
});
