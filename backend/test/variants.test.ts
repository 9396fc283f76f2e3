import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { checkPreCheckout } from '../src/domain/payments/check-pre-checkout.ts';
import { randomCode, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';

type Api = Record<string, any>;

describe('listings with variants, sales caps and purchase limits', () => {
  let app: TestApp;
  let seller: { auth: string };
  beforeAll(async () => {
    app = await startTestApp();
    seller = await app.seller('Vera');
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  async function pool(codes: number) {
    const made = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: `P ${randomCode()}`, deliveryType: 'code' },
    });
    if (codes > 0) {
      const items = Array.from({ length: codes }, () => ({ fields: { code: randomCode() } }));
      expect(
        (await app.api('POST', `/pools/${made.body.id}/items`, { auth: seller.auth, body: { items } })).status,
      ).toBe(201);
    }
    return made.body.id as string;
  }
  async function listing(body: Api) {
    const res = await app.api('POST', '/templates', { auth: seller.auth, body: { currency: 'XTR', ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Api;
  }
  async function buy(buyer: { auth: string }, body: Api) {
    return app.api('POST', '/requests', { auth: buyer.auth, body });
  }
  async function buyAndPay(buyer: { auth: string }, body: Api) {
    const req = await buy(buyer, body);
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    const paid = await app.pay(req.body.id, req.body.total);
    return { request: req.body as Api, paid: paid.body as Api };
  }

  it('makes a listing of three denominations, each with its own price, pool and cap', async () => {
    const [p10, p25] = [await pool(5), await pool(5)];
    const t = await listing({
      title: 'Steam card',
      maxQuantity: 8,
      variants: [
        { title: '$10', price: 100, poolId: p10 },
        { title: '$25 · EU', price: 250, poolId: p25, maxQuantity: 3, maxPerOrder: 2 },
        { title: '$50', price: 500 },
      ],
    });
    expect(t).toMatchObject({
      price: 100,
      maxQuantity: 8,
      soldCount: 0,
      remaining: 8,
      defaultPoolId: null,
      available: 10,
    });
    expect(t.variants.map((v: Api) => [v.title, v.price, v.poolId, v.maxQuantity, v.remaining, v.available])).toEqual([
      ['$10', 100, p10, null, null, 5],
      ['$25 · EU', 250, p25, 3, 3, 5],
      ['$50', 500, null, null, null, null],
    ]);
    const eu = t.variants[1];
    const { request } = await buyAndPay(app.buyer(), { templateId: t.id, variantId: eu.id, quantity: 2 });
    expect(request).toMatchObject({
      variantId: eu.id,
      variantTitle: '$25 · EU',
      title: 'Steam card · $25 · EU',
      unitPrice: 250,
      total: 500,
    });
    const after = (await app.api('GET', '/templates', { auth: seller.auth })).body.find((x: Api) => x.id === t.id);
    expect(after).toMatchObject({ soldCount: 2, remaining: 6 });
    expect(after.variants[1]).toMatchObject({ soldCount: 2, remaining: 1, available: 3 });
    const shown = await app.api('GET', `/templates/${t.id}`, { auth: app.buyer().auth });
    expect(shown.body.variants.map((v: Api) => [v.title, v.remaining, v.maxNow, v.blockedBy])).toEqual([
      ['$10', 6, 1, null],
      ['$25 · EU', 1, 1, null],
      ['$50', 6, 1, null],
    ]);
  });

  it('names the broken rule when a request is opened: 400 for the order, 409 for caps, 429 for the buyer limit', async () => {
    const t = await listing({
      title: 'Rules',
      variants: [
        { title: 'Bulk', price: 5, poolId: await pool(20), minPerOrder: 3, maxPerOrder: 6 },
        { title: 'Capped', price: 5, poolId: await pool(5), maxQuantity: 1 },
        { title: 'Paused', price: 5, active: false },
        { title: 'Limited', price: 5, poolId: await pool(5), buyerLimit: { count: 1, period: 'week' } },
      ],
    });
    const [bulk, capped, paused, limited] = t.variants as Api[];
    const b = app.buyer();
    const err = async (body: Api) => {
      const res = await buy(b, body);
      return [res.status, res.body.error?.code, res.body.error?.details];
    };
    expect(await err({ templateId: t.id, quantity: 1 })).toEqual([409, 'conflict', { rule: 'variant_required' }]);
    expect(await err({ templateId: t.id, variantId: bulk?.id, quantity: 2 })).toEqual([
      400,
      'validation_failed',
      { rule: 'min_per_order', min: 3 },
    ]);
    expect(await err({ templateId: t.id, variantId: bulk?.id, quantity: 7 })).toEqual([
      400,
      'validation_failed',
      { rule: 'max_per_order', max: 6 },
    ]);
    expect(await err({ templateId: t.id, variantId: paused?.id })).toEqual([
      409,
      'conflict',
      { rule: 'variant_inactive' },
    ]);
    await buyAndPay(app.buyer(), { templateId: t.id, variantId: capped?.id });
    expect(await err({ templateId: t.id, variantId: capped?.id })).toEqual([
      409,
      'conflict',
      { rule: 'variant_cap', remaining: 0 },
    ]);
    await buyAndPay(b, { templateId: t.id, variantId: limited?.id });
    expect(await err({ templateId: t.id, variantId: limited?.id })).toEqual([
      429,
      'limit_exceeded',
      { rule: 'buyer_limit', count: 1, period: 'week', remaining: 0 },
    ]);
    // A variant of another listing, a made-up one, and an id that is not one: never a 500.
    const other = await listing({ title: 'Other', price: 3 });
    expect((await buy(b, { templateId: t.id, variantId: other.variants[0].id })).status).toBe(404);
    expect((await buy(b, { templateId: t.id, variantId: '01900000-0000-7000-8000-000000000000' })).status).toBe(404);
    expect((await buy(b, { templateId: t.id, variantId: 'nope' })).status).toBe(400);
    expect((await buy(b, { templateId: t.id, variantId: bulk?.id, quantity: 3, extra: 1 })).status).toBe(400);
    // What the buyer sees says the same: sold out, their limit reached, and the bounds of an order.
    const shown = (await app.api('GET', `/templates/${t.id}`, { auth: b.auth })).body;
    expect(shown.variants.map((v: Api) => [v.title, v.blockedBy, v.maxNow])).toEqual([
      ['Bulk', null, 6],
      ['Capped', 'variant_cap', 0],
      ['Limited', 'buyer_limit', 0],
    ]);
    expect(shown.variants[2]).toMatchObject({ buyerLimit: { count: 1, period: 'week' }, buyerRemaining: 0 });
    const fresh = (await app.api('GET', `/templates/${t.id}`, { auth: app.buyer().auth })).body;
    expect(fresh.variants[2]).toMatchObject({ blockedBy: null, buyerRemaining: 1, maxNow: 1 });
  });

  it('says no at pre-checkout when the last units went to another buyer after the request was opened', async () => {
    const t = await listing({ title: 'Last one', price: 9, defaultPoolId: await pool(3), maxQuantity: 1 });
    const [late, early] = [app.buyer(), app.buyer()];
    const waiting = await buy(late, { templateId: t.id });
    expect(waiting.status).toBe(201);
    await buyAndPay(early, { templateId: t.id });
    const answer = await checkPreCheckout(withActor(app.deps, TEST_OPERATOR), {
      requestId: waiting.body.id,
      amount: waiting.body.total,
      currency: 'XTR',
      payerTelegramId: late.telegramId,
    });
    expect(answer).toMatchObject({
      ok: false,
      code: 'rule',
      rule: { rule: 'listing_cap', remaining: 0 },
      reason: 'Last one is sold out. You have not been charged.',
    });
    // Paid anyway (Telegram charged before our answer arrived): refunded, and the buyer told why.
    const paid = await app.pay(waiting.body.id, waiting.body.total);
    expect(paid.body.status).toBe('refunding');
    const [refusal] = await q<{ refund_reason: string }>(
      'select refund_reason from escrow_payments where request_id = $1',
      [waiting.body.id],
    );
    expect(refusal?.refund_reason).toBe('listing_cap');
    expect(
      await q(
        `select kind::text, payload->>'reason' reason from notifications where payload->>'requestId' = $1 and kind = 'payment_returned'`,
        [waiting.body.id],
      ),
    ).toEqual([{ kind: 'payment_returned', reason: 'listing_cap' }]);
  });

  it('gives a refunded sale its units back, at both levels', async () => {
    const t = await listing({
      title: 'Refundable',
      currency: 'XTR',
      maxQuantity: 5,
      variants: [{ title: 'One', price: 2, poolId: await pool(5), maxQuantity: 4, maxPerOrder: 3 }],
    });
    const b = app.buyer();
    const { request } = await buyAndPay(b, { templateId: t.id, quantity: 3 });
    const sold = async () =>
      (
        await q<{ v: number; t: number }>(
          'select v.sold_count v, t.sold_count t from template_variants v join templates t on t.id = v.template_id where t.id = $1',
          [t.id],
        )
      )[0];
    expect(await sold()).toEqual({ v: 3, t: 3 });
    const dispute = await app.api('POST', `/requests/${request.id}/dispute`, {
      auth: b.auth,
      body: { reason: 'invalid', text: 'does not redeem' },
    });
    expect(dispute.status).toBe(201);
    const refund = await app.api('POST', `/requests/${request.id}/dispute/resolve`, {
      auth: seller.auth,
      body: { action: 'refund' },
    });
    expect(refund.status, JSON.stringify(refund.body)).toBe(200);
    expect(await sold()).toEqual({ v: 0, t: 0 });
    // And they sell again.
    await buyAndPay(app.buyer(), { templateId: t.id, quantity: 3 });
    expect(await sold()).toEqual({ v: 3, t: 3 });
  });

  it('lets the seller add, edit and remove variants, never below what is sold', async () => {
    const t = await listing({ title: 'Editable', price: 4, defaultPoolId: await pool(10) });
    expect(t.variants).toHaveLength(1);
    expect(t.defaultPoolId).not.toBeNull();
    const only = t.variants[0];
    await buyAndPay(app.buyer(), { templateId: t.id });
    await buyAndPay(app.buyer(), { templateId: t.id });
    const patch = (path: string, body: Api) => app.api('PATCH', path, { auth: seller.auth, body });
    const lower = await patch(`/templates/${t.id}/variants/${only.id}`, { maxQuantity: 1 });
    expect([lower.status, lower.body.error.details]).toEqual([409, { rule: 'variant_cap', soldCount: 2 }]);
    const lowerListing = await patch(`/templates/${t.id}`, { maxQuantity: 1 });
    expect([lowerListing.status, lowerListing.body.error.details]).toEqual([
      409,
      { rule: 'listing_cap', soldCount: 2 },
    ]);
    expect((await patch(`/templates/${t.id}/variants/${only.id}`, { maxQuantity: 2 })).body.variants[0].remaining).toBe(
      0,
    );
    // The shorthand edits a one-variant listing's only variant, as listings were edited before.
    expect((await patch(`/templates/${t.id}`, { price: 6, maxPerOrder: 4 })).body.variants[0]).toMatchObject({
      price: 6,
      maxPerOrder: 4,
    });

    const added = await app.api('POST', `/templates/${t.id}/variants`, {
      auth: seller.auth,
      body: { title: 'Big', price: 40, buyerLimit: { count: 3, period: 'lifetime' } },
    });
    expect(added.status).toBe(201);
    expect(added.body.variants.map((v: Api) => v.title)).toEqual(['Standard', 'Big']);
    expect(added.body).toMatchObject({ price: 6, defaultPoolId: null });
    const shorthand = await patch(`/templates/${t.id}`, { price: 7 });
    expect([shorthand.status, shorthand.body.error.details]).toEqual([409, { rule: 'variant_required' }]);
    const unordered = await patch(`/templates/${t.id}/variants/${added.body.variants[1].id}`, { minPerOrder: 5 });
    expect(unordered.status).toBe(400);
    const moved = await patch(`/templates/${t.id}/variants/${added.body.variants[1].id}`, {
      position: 0,
      buyerLimit: null,
    });
    expect(moved.body.variants.map((v: Api) => [v.title, v.buyerLimit])).toEqual([
      ['Big', null],
      ['Standard', null],
    ]);

    // The one with orders is kept for them, out of sale; the one without is gone; the last stays.
    const del = (id: string) => app.api('DELETE', `/templates/${t.id}/variants/${id}`, { auth: seller.auth });
    expect((await del(only.id)).body.variants.map((v: Api) => v.title)).toEqual(['Big']);
    expect(
      await q('select removed_at is not null removed, active from template_variants where id = $1', [only.id]),
    ).toEqual([{ removed: true, active: false }]);
    const last = await del(added.body.variants[1].id);
    expect([last.status, last.body.error.details]).toEqual([409, { rule: 'variant_required' }]);
    expect((await app.api('GET', `/template-variants/${only.id}`, { auth: app.buyer().auth })).status).toBe(404);
    // Nobody else edits it.
    const stranger = await app.seller('Mallory');
    const foreign = await app.api('PATCH', `/templates/${t.id}/variants/${added.body.variants[1].id}`, {
      auth: stranger.auth,
      body: { price: 1 },
    });
    expect(foreign.status).toBe(404);
  });

  it('refuses a 21st variant, a shorthand mixed with variants, and unlimited written as -1', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ title: `V${i}`, price: i + 1 }));
    const t = await listing({ title: 'Many', variants: twenty });
    const more = await app.api('POST', `/templates/${t.id}/variants`, {
      auth: seller.auth,
      body: { title: 'V20', price: 3 },
    });
    expect(more.status).toBe(409);
    const bad = async (body: Api) =>
      (await app.api('POST', '/templates', { auth: seller.auth, body: { title: 'X', currency: 'XTR', ...body } }))
        .status;
    expect(await bad({ price: 3, variants: [{ title: 'A', price: 3 }] })).toBe(400);
    expect(await bad({ variants: [] })).toBe(400);
    expect(await bad({})).toBe(400);
    expect(await bad({ price: 3, maxQuantity: -1 })).toBe(400);
    expect(await bad({ variants: [{ title: 'A', price: 3, maxQuantity: -1 }] })).toBe(400);
    expect(await bad({ variants: [{ title: 'A', price: 3, buyerLimit: { count: 2 } }] })).toBe(400);
    expect(await bad({ variants: [{ title: '\u0000', price: 3 }] })).toBe(400);
  });

  it('opens one variant from its deep link and tells watchers of that variant when it is back', async () => {
    const empty = await pool(0);
    const t = await listing({
      title: 'Watched',
      variants: [
        { title: 'In stock', price: 3, poolId: await pool(2) },
        { title: 'Empty', price: 3, poolId: empty },
      ],
    });
    const emptyVariant = t.variants[1];
    const b = app.buyer();
    const link = await app.api('GET', `/template-variants/${emptyVariant.id}`, { auth: b.auth });
    expect(link.body).toEqual({ templateId: t.id, variantId: emptyVariant.id });
    // Another variant stocks the listing: it stays on sale, the empty one shows sold out.
    const shown = (await app.api('GET', `/templates/${t.id}`, { auth: b.auth })).body;
    expect(shown).toMatchObject({ purchasable: true, inStock: true });
    expect(shown.variants[1]).toMatchObject({ inStock: false, blockedBy: 'sold_out', maxNow: 0 });
    const watch = await app.api('POST', `/templates/${t.id}/watch`, {
      auth: b.auth,
      body: { variantId: emptyVariant.id },
    });
    expect(watch.body).toEqual({ watching: true });
    await app.api('POST', `/pools/${empty}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { code: randomCode() } }] },
    });
    await expect
      .poll(async () =>
        q(
          `select payload->>'variantId' variant from notifications where kind = 'back_in_stock' and payload->>'templateId' = $1`,
          [t.id],
        ),
      )
      .toEqual([{ variant: emptyVariant.id }]);
    expect(await q('select 1 from stock_watchers where variant_id = $1', [emptyVariant.id])).toEqual([]);
  });

  it('auto-pauses a listing only when every variant’s pool is empty', async () => {
    const [a, b] = [await pool(1), await pool(1)];
    const t = await listing({
      title: 'Two pools',
      variants: [
        { title: 'A', price: 2, poolId: a },
        { title: 'B', price: 2, poolId: b },
      ],
    });
    await buyAndPay(app.buyer(), { templateId: t.id, variantId: t.variants[0].id });
    const state = async () => (await app.api('GET', `/templates/${t.id}`, { auth: app.buyer().auth })).body;
    expect(await state()).toMatchObject({ purchasable: true });
    // One pool alone stocks nothing of this listing: B still sells. A single-variant listing on A would pause.
    const solo = await listing({ title: 'Solo on A', price: 2, defaultPoolId: a });
    expect((await app.api('GET', `/templates/${solo.id}`, { auth: app.buyer().auth })).body.purchasable).toBe(false);
  });
});
