import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealCredentials } from '../src/crypto/secrets.ts';
import { supplierSources } from '../src/db/schema/index.ts';
import { DEFAULT_SUPPLIER_SETTINGS, withActor } from '../src/domain/context.ts';
import { fulfillOnFunded } from '../src/domain/fulfillment/fulfill-on-funded.ts';
import { refreshStockSignals } from '../src/domain/fulfillment/stock-signals.ts';
import { checkPreCheckout } from '../src/domain/payments/check-pre-checkout.ts';
import { runOrderStep } from '../src/domain/suppliers/orders/run-order-step.ts';
import { backoffS } from '../src/domain/suppliers/orders/schedule-step.ts';
import { signalSupplierOrder } from '../src/domain/suppliers/orders/signal-order.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';
import { startSellerServer } from './seller-server-fake.ts';

const SECRET = `seller-secret-${randomBytes(16).toString('hex')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(check: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(50);
  }
}

/** The sale flow against a seller's own server, through the real durable jobs. */
describe('supplier orders (seller server)', () => {
  let app: TestApp;
  let fake: Awaited<ReturnType<typeof startSellerServer>>;
  /** The codes the fake hands out per orderId: the same orderId gets the same codes. */
  const issued = new Map<string, string[]>();
  const codesFor = (orderId: string, quantity: number) => {
    let codes = issued.get(orderId);
    if (!codes) {
      codes = Array.from({ length: quantity }, () => `SUP-${randomCode()}`);
      issued.set(orderId, codes);
    }
    return codes;
  };
  const complete = (call: { orderId: string; quantity: number }, unitCost = 300) => ({
    status: 200,
    body: { codes: codesFor(call.orderId, call.quantity), unitCost, currency: 'EUR' },
  });

  beforeAll(async () => {
    fake = await startSellerServer(SECRET);
    app = await startTestApp({
      durableJobs: true,
      suppliers: { pollMinS: 0.2, pollMaxS: 0.5, maxAttempts: 3, pauseMinOrders: 1000, timeoutMs: 3000 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  async function supplied(
    own: number,
    {
      mode = 'on_demand' as 'on_demand' | 'backfill',
      maxUnitCost = 500,
      quoteCost = 300,
      threshold = 0,
      backfillQuantity = 5,
      dailySpendCap = 0,
      waitMinutes = 15,
    } = {},
  ) {
    const shop = await shopWith(
      app,
      Array.from({ length: own }, () => ({ code: randomCode() })),
      { maxPerOrder: 10 },
    );
    const id = uuidv7();
    const sealed = sealCredentials(app.deps.keys, id, { secret: SECRET });
    await app.db.insert(supplierSources).values({
      id,
      poolId: shop.poolId,
      sellerId: shop.seller.user.id,
      mode,
      kind: 'seller_server',
      productId: `listing-${randomBytes(3).toString('hex')}`,
      baseUrl: fake.url,
      currency: 'EUR',
      maxUnitCost,
      waitMinutes,
      backfillThreshold: threshold,
      backfillQuantity,
      dailySpendCap,
      credentials: sealed.ciphertext,
      credentialsKeyVersion: sealed.keyVersion,
      quote: {
        unitCost: quoteCost,
        currency: 'EUR',
        available: 1000,
        name: 'Card',
        checkedAt: new Date().toISOString(),
      },
    });
    // What saving a source does: the pool's listings are no longer out of stock at zero.
    await refreshStockSignals(withActor(app.deps, TEST_OPERATOR), { poolId: shop.poolId });
    return { ...shop, sourceId: id };
  }

  async function order(templateId: string, quantity: number) {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId, quantity } });
    expect(req.status).toBe(201);
    return { buyer, requestId: req.body.id as string, total: req.body.total as number };
  }
  async function buy(templateId: string, quantity: number) {
    const o = await order(templateId, quantity);
    const paid = await app.pay(o.requestId, o.total);
    expect(paid.status).toBe(200);
    return o;
  }
  const requestStatus = async (id: string) =>
    (await app.db.$client.query<{ status: string }>('select status from purchase_requests where id = $1', [id])).rows[0]
      ?.status;
  const ordersOfPool = async (poolId: string) =>
    (
      await app.db.$client.query<{
        id: string;
        status: string;
        purpose: string;
        quantity: number;
        attempts: number;
        polls: number;
        unit_cost: number | null;
        duplicate_keys: number;
        last_error: string | null;
        request_id: string | null;
      }>('select * from supplier_orders where pool_id = $1 order by id', [poolId])
    ).rows;
  const delivered = (requestId: string) =>
    until(async () => ((await requestStatus(requestId)) === 'delivered' ? true : null));
  const reveal = async (buyer: { auth: string }, requestId: string) => {
    const r = await app.api('POST', `/requests/${requestId}/reveal`, { auth: buyer.auth });
    expect(r.status).toBe(200);
    return (r.body.items as { fields: { name: string; value: string }[] }[]).map(
      (i) => i.fields.find((f) => f.name === 'code')?.value,
    );
  };
  const finished = (poolId: string) =>
    until(async () => {
      const rows = await ordersOfPool(poolId);
      return rows.length > 0 && rows.every((r) => ['completed', 'failed', 'canceled'].includes(r.status)) ? rows : null;
    });

  it('backs off 2, 4, 8, 16, 30, 30 s with the default settings', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backoffS(n, DEFAULT_SUPPLIER_SETTINGS))).toEqual([2, 4, 8, 16, 30, 30, 30]);
  });

  it('an immediate completion: own stock first, the rest bought for the sale, delivered together, cost on the items', async () => {
    fake.state.onOrder = (call) => complete(call);
    const shop = await supplied(1);
    const own = await app.db.$client.query<{ id: string }>('select id from pool_items where pool_id = $1', [
      shop.poolId,
    ]);
    const { buyer, requestId } = await buy(shop.templateId, 3);
    await delivered(requestId);

    const [o] = await ordersOfPool(shop.poolId);
    expect(o).toMatchObject({
      status: 'completed',
      purpose: 'sale',
      quantity: 2,
      unit_cost: 300,
      request_id: requestId,
    });
    // One call, with no buyer data: orderId, listing, quantity; our callback URL beside it.
    const mine = fake.calls.filter((c) => c.orderId === o?.id);
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0] ?? {}).sort()).toEqual(['callback', 'listing', 'orderId', 'quantity']);
    expect(mine[0]?.quantity).toBe(2);
    expect(mine[0]?.callback).toBe(`${app.base}/api/suppliers/${shop.sourceId}/callback`);

    const items = await app.db.$client.query<{
      id: string;
      cost: number | null;
      supplier: string | null;
      status: string;
    }>('select id, cost, supplier, status from pool_items where purchase_request_id = $1 order by id', [requestId]);
    expect(items.rows).toHaveLength(3);
    expect(items.rows.every((i) => i.status === 'delivered')).toBe(true);
    expect(items.rows.filter((i) => i.supplier === 'seller_server' && i.cost === 300)).toHaveLength(2);
    expect(items.rows.map((i) => i.id)).toContain(own.rows[0]?.id);
    const batch = await app.db.$client.query<{ source: string; accepted: number }>(
      `select b.source, b.accepted from import_batches b join supplier_orders o on o.import_batch_id = b.id where o.id = $1`,
      [o?.id],
    );
    expect(batch.rows[0]).toEqual({ source: 'supplier', accepted: 2 });

    const codes = await reveal(buyer, requestId);
    for (const c of issued.get(o?.id ?? '') ?? []) expect(codes).toContain(c);
    // The buyer saw "being prepared", then the delivery, live.
    const mineEvents = app.events.filter(
      (e) => (e.payload as { requestId?: string }).requestId === requestId && e.userId !== shop.seller.user.id,
    );
    expect(mineEvents.map((e) => e.event)).toEqual(['request-update', 'delivery-update']);
    expect(app.events.some((e) => e.event === 'supplier-order-update' && e.userId === shop.seller.user.id)).toBe(true);
    // Audited without contents or the secret.
    const audit = await app.db.$client.query<{ action: string; metadata: unknown }>(
      `select action, metadata from audit_log where subject_id = $1 order by id`,
      [o?.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['supplier.place', 'supplier.placed', 'supplier.keys']),
    );
    const dump = await app.dumpAll();
    for (const c of issued.get(o?.id ?? '') ?? []) expect(dump).not.toContain(c);
    expect(dump).not.toContain(SECRET);
  });

  it('202, then the signed callback carries the codes', async () => {
    fake.state.onOrder = () => ({ status: 202 });
    const shop = await supplied(0);
    const { buyer, requestId } = await buy(shop.templateId, 2);
    expect(await requestStatus(requestId)).toBe('preparing');
    const [o] = await until(async () => {
      const rows = await ordersOfPool(shop.poolId);
      return rows[0]?.status === 'processing' ? rows : null;
    });
    const codes = codesFor(o?.id ?? '', 2);
    // From now on the server answers the same codes to the same orderId, as the protocol says.
    fake.state.onOrder = (call) => complete(call);
    const answered = await signalSupplierOrder(app.deps, {
      sourceId: shop.sourceId,
      externalId: o?.id,
      pushed: {
        state: 'completed',
        keys: codes.map((code) => ({ kind: 'text', code })),
        supplierOrderId: o?.id ?? '',
        unitCost: null,
        totalCost: null,
        updatedAt: null,
      },
    });
    expect(answered).toBe('accepted');
    await delivered(requestId);
    expect((await reveal(buyer, requestId)).sort()).toEqual([...codes].sort());
    // Another source's order id, or none, is unknown.
    expect(await signalSupplierOrder(app.deps, { sourceId: uuidv7(), externalId: o?.id })).toBe('unknown');
  });

  it('202 and polls until 200: one supplier order, delivered', async () => {
    fake.state.onOrder = (call, n) => (n < 4 ? { status: 202 } : complete(call));
    const shop = await supplied(0);
    const { requestId } = await buy(shop.templateId, 1);
    await delivered(requestId);
    const [o] = await ordersOfPool(shop.poolId);
    expect(o?.status).toBe('completed');
    expect(o?.polls).toBeGreaterThanOrEqual(3);
    expect(fake.calls.filter((c) => c.orderId === o?.id)).toHaveLength(4);
  });

  it('429 then success, and a 5xx then success, are retried', async () => {
    fake.state.onOrder = (call, n) => (n === 1 ? { status: 429 } : n === 2 ? { status: 503 } : complete(call));
    const shop = await supplied(0);
    const { requestId } = await buy(shop.templateId, 1);
    await delivered(requestId);
    const [o] = await ordersOfPool(shop.poolId);
    expect(o).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('retries exhausted with too little own stock: refunded, the reserved item back in stock, the seller told', async () => {
    fake.state.onOrder = () => ({ status: 500 });
    const shop = await supplied(1);
    const { requestId } = await buy(shop.templateId, 2);
    const [o] = await finished(shop.poolId);
    expect(o?.status).toBe('failed');
    // maxAttempts 3: three calls, then given up.
    expect(fake.calls.filter((c) => c.orderId === o?.id)).toHaveLength(3);
    expect(['refund_pending', 'refunded']).toContain(await requestStatus(requestId));
    const stock = await app.db.$client.query<{ status: string; purchase_request_id: string | null }>(
      'select status, purchase_request_id from pool_items where pool_id = $1',
      [shop.poolId],
    );
    expect(stock.rows).toEqual([{ status: 'available', purchase_request_id: null }]);
    const told = await app.db.$client.query<{ payload: { outcome: string; orderId: string } }>(
      `select payload from notifications where recipient_id = $1 and kind = 'supplier_order_failed'`,
      [shop.seller.user.id],
    );
    expect(told.rows.map((r) => r.payload)).toEqual([expect.objectContaining({ orderId: o?.id, outcome: 'refunded' })]);
  });

  it('a source whose recent orders mostly failed pauses itself and its listings, and tells the seller', async () => {
    const before = app.deps.settings.suppliers;
    app.deps.settings.suppliers = { ...before, pauseMinOrders: 2, pausePct: 50, pauseWindow: 20 };
    try {
      fake.state.onOrder = () => ({ status: 409, body: { error: 'unavailable' } });
      const shop = await supplied(0);
      await buy(shop.templateId, 1);
      await buy(shop.templateId, 1);
      const source = await until(async () => {
        const { rows } = await app.db.$client.query<{ status: string; paused_reason: string | null }>(
          'select status, paused_reason from supplier_sources where id = $1',
          [shop.sourceId],
        );
        return rows[0]?.status === 'paused' ? rows[0] : null;
      });
      expect(source.paused_reason).toMatch(/2 of/);
      const listing = await app.db.$client.query<{ active: boolean; auto_paused: boolean }>(
        'select active, auto_paused from templates where id = $1',
        [shop.templateId],
      );
      expect(listing.rows[0]).toEqual({ active: false, auto_paused: true });
      const told = await app.db.$client.query<{ payload: { failed: number; orders: number } }>(
        `select payload from notifications where recipient_id = $1 and kind = 'supplier_paused'`,
        [shop.seller.user.id],
      );
      expect(told.rows.map((r) => r.payload)).toEqual([expect.objectContaining({ failed: 2, orders: 2 })]);
    } finally {
      app.deps.settings.suppliers = before;
    }
  });

  it('out of stock at the supplier with enough own stock by then: delivered from own stock', async () => {
    let soldOut = false;
    fake.state.onOrder = () => (soldOut ? { status: 409, body: { error: 'unavailable' } } : { status: 202 });
    const shop = await supplied(1);
    const { requestId } = await buy(shop.templateId, 2);
    await until(async () => ((await ordersOfPool(shop.poolId))[0]?.status === 'processing' ? true : null));
    const added = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() } }] },
    });
    expect(added.status).toBe(201);
    soldOut = true;
    await delivered(requestId);
    const [o] = await ordersOfPool(shop.poolId);
    expect(o?.status).toBe('failed');
    expect(o?.last_error).toMatch(/^unavailable/);
    const told = await app.db.$client.query<{ payload: { outcome: string } }>(
      `select payload from notifications where recipient_id = $1 and kind = 'supplier_order_failed'`,
      [shop.seller.user.id],
    );
    expect(told.rows[0]?.payload.outcome).toBe('own_stock');
  });

  it('a cached price above the cap is never ordered; a charged price above it keeps the keys as stock and fails the sale', async () => {
    fake.state.onOrder = (call) => complete(call);
    const dear = await supplied(0, { quoteCost: 600, maxUnitCost: 500 });
    const callsBefore = fake.calls.length;
    const first = await buy(dear.templateId, 1);
    const [o1] = await finished(dear.poolId);
    expect(o1?.status).toBe('failed');
    expect(fake.calls.length).toBe(callsBefore);
    expect(['refund_pending', 'refunded']).toContain(await requestStatus(first.requestId));

    fake.state.onOrder = (call) => complete(call, 700);
    const sly = await supplied(0, { quoteCost: 300, maxUnitCost: 500 });
    const second = await buy(sly.templateId, 1);
    const [o2] = await finished(sly.poolId);
    expect(o2).toMatchObject({ status: 'failed', unit_cost: 700 });
    // The keys were paid for: they are the pool's stock, and the sale got one of them as own stock.
    await delivered(second.requestId);
    const told = await app.db.$client.query<{ payload: { outcome: string } }>(
      `select payload from notifications where recipient_id = $1 and kind = 'supplier_order_failed'`,
      [sly.seller.user.id],
    );
    expect(told.rows[0]?.payload.outcome).toBe('own_stock');
  });

  it('a code the seller already holds is flagged and never delivered', async () => {
    const held = `HELD-${randomCode()}`;
    const shop = await supplied(0);
    const other = await app.api('POST', '/pools', {
      auth: shop.seller.auth,
      body: { name: `Other ${randomCode()}`, deliveryType: 'code' },
    });
    await app.api('POST', `/pools/${other.body.id}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: held } }] },
    });
    const fresh = `NEW-${randomCode()}`;
    fake.state.onOrder = () => ({ status: 200, body: { codes: [held, fresh], unitCost: 300 } });
    const { buyer, requestId } = await buy(shop.templateId, 1);
    await delivered(requestId);
    const [o] = await ordersOfPool(shop.poolId);
    expect(o).toMatchObject({ status: 'completed', duplicate_keys: 1 });
    expect(await reveal(buyer, requestId)).toEqual([fresh]);
    const flagged = await app.db.$client.query<{ metadata: { duplicates: number } }>(
      `select metadata from audit_log where action = 'supplier.duplicate_key' and subject_id = $1`,
      [o?.id],
    );
    expect(flagged.rows[0]?.metadata.duplicates).toBe(1);
    expect(JSON.stringify(flagged.rows)).not.toContain(held);
  });

  it('two payments for two sales make two supplier orders, one each; a step run again or a sweep makes none more', async () => {
    fake.state.onOrder = (call, n) => (n < 2 ? { status: 202 } : complete(call));
    const shop = await supplied(0);
    const [a, b] = await Promise.all([buy(shop.templateId, 1), buy(shop.templateId, 1)]);
    const rows = await until(async () => {
      const r = await ordersOfPool(shop.poolId);
      return r.length === 2 ? r : null;
    });
    // The same step, three times at once, and the sweeper's fulfillment again.
    await Promise.all(rows.flatMap((r) => [1, 2, 3].map(() => runOrderStep(app.deps, { orderId: r.id }))));
    const ctx = withActor(app.deps, TEST_OPERATOR);
    expect(['not_funded', 'delivered']).toContain(
      (await fulfillOnFunded(ctx, { requestId: a?.requestId ?? '' })).status,
    );
    await delivered(a?.requestId ?? '');
    await delivered(b?.requestId ?? '');
    const after = await ordersOfPool(shop.poolId);
    expect(after).toHaveLength(2);
    expect(new Set(after.map((r) => r.request_id))).toEqual(new Set([a?.requestId, b?.requestId]));
    const placed = fake.orders().filter((id) => after.some((r) => r.id === id));
    expect(placed).toHaveLength(2);
    const sold = await app.db.$client.query<{ n: number }>(
      `select count(distinct purchase_request_id)::int as n from pool_items where pool_id = $1 and status = 'delivered'`,
      [shop.poolId],
    );
    expect(sold.rows[0]?.n).toBe(2);
  });

  it('pre-checkout answers from own stock and the cached quote, never calling the supplier', async () => {
    const shop = await supplied(0);
    const calls = fake.calls.length;
    const o = await order(shop.templateId, 2);
    const ask = { requestId: o.requestId, amount: o.total, currency: 'XTR', payerTelegramId: o.buyer.telegramId };
    const ctx = withActor(app.deps, TEST_OPERATOR);
    expect(await checkPreCheckout(ctx, ask)).toEqual({ ok: true });
    await app.db.$client.query(
      `update supplier_sources set quote = jsonb_set(quote, '{unitCost}', '900') where id = $1`,
      [shop.sourceId],
    );
    expect((await checkPreCheckout(ctx, ask)).ok).toBe(false);
    expect(fake.calls.length).toBe(calls);
  });

  it('backfill: crossing the threshold orders one restock; the daily cap stops the next', async () => {
    fake.state.onOrder = (call) => complete(call);
    // Threshold 3, restocks of 5 at 300: the cap allows one (1500) a day.
    const shop = await supplied(4, { mode: 'backfill', threshold: 3, backfillQuantity: 5, dailySpendCap: 1500 });
    await delivered((await buy(shop.templateId, 1)).requestId); // 3 left: not under
    expect(await ordersOfPool(shop.poolId)).toHaveLength(0);
    // Two draws below the threshold, at once: one restock.
    const [x, y] = await Promise.all([buy(shop.templateId, 1), buy(shop.templateId, 1)]);
    await delivered(x?.requestId ?? '');
    await delivered(y?.requestId ?? '');
    const [restock] = await finished(shop.poolId);
    expect(await ordersOfPool(shop.poolId)).toHaveLength(1);
    expect(restock).toMatchObject({ purpose: 'backfill', quantity: 5, status: 'completed', request_id: null });
    const stock = await app.db.$client.query<{ n: number }>(
      `select count(*)::int as n from pool_items where pool_id = $1 and status = 'available'`,
      [shop.poolId],
    );
    expect(stock.rows[0]?.n).toBe(1 + 5);
    // Drain under the threshold again: today's 1500 + 1500 would pass the cap.
    await delivered((await buy(shop.templateId, 4)).requestId);
    await sleep(500);
    expect(await ordersOfPool(shop.poolId)).toHaveLength(1);
  });

  it('the seller lists, cancels and retries orders; another seller sees none of them', async () => {
    fake.state.onOrder = () => ({ status: 202 });
    const shop = await supplied(0);
    const { requestId } = await buy(shop.templateId, 1);
    const [o] = await until(async () => {
      const rows = await ordersOfPool(shop.poolId);
      return rows[0]?.status === 'processing' ? rows : null;
    });
    const list = await app.api('GET', `/pools/${shop.poolId}/supplier-orders`, { auth: shop.seller.auth });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id: o?.id,
      kind: 'seller_server',
      purpose: 'sale',
      status: 'processing',
      canRetry: true,
      canCancel: true,
    });
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    const stranger = await app.seller('Mallory');
    expect((await app.api('GET', `/pools/${shop.poolId}/supplier-orders`, { auth: stranger.auth })).status).toBe(404);
    expect((await app.api('POST', `/supplier-orders/${o?.id}/cancel`, { auth: stranger.auth })).status).toBe(404);

    expect((await app.api('POST', `/supplier-orders/${o?.id}/retry`, { auth: shop.seller.auth })).status).toBe(200);
    const canceled = await until(async () => {
      const r = await app.api('POST', `/supplier-orders/${o?.id}/cancel`, { auth: shop.seller.auth });
      return r.status === 200 ? r : null;
    });
    expect(canceled.body).toMatchObject({ status: 'canceled', canRetry: false, canCancel: false });
    expect(['refund_pending', 'refunded']).toContain(await requestStatus(requestId));
    expect((await app.api('POST', `/supplier-orders/${o?.id}/cancel`, { auth: shop.seller.auth })).status).toBe(409);
    expect((await app.api('POST', `/supplier-orders/${o?.id}/retry`, { auth: shop.seller.auth })).status).toBe(409);
    const bad = await app.api('GET', `/pools/${shop.poolId}/supplier-orders?limit=9999`, { auth: shop.seller.auth });
    expect(bad.status).toBe(400);
  });
});
