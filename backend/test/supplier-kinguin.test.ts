import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealCredentials } from '../src/crypto/secrets.ts';
import { supplierSources } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { refreshStockSignals } from '../src/domain/fulfillment/stock-signals.ts';
import { signalSupplierOrder } from '../src/domain/suppliers/orders/signal-order.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { type KinguinSandbox, startKinguinSandbox } from '../src/suppliers/kinguin/sandbox.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';

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

/**
 * Sales of on_demand pools bought from Kinguin, end to end: the real app and durable jobs, the
 * real Kinguin adapter, and the Kinguin-compatible sandbox speaking the documented API and
 * posting its webhooks. `fast` polls every fraction of a second; `slow` waits 20 s between
 * polls, so anything that happens sooner there was caused by a webhook or a signal.
 */
describe('supplier orders (Kinguin)', () => {
  let fast: TestApp;
  let slow: TestApp;
  let sandbox: KinguinSandbox;

  beforeAll(async () => {
    sandbox = await startKinguinSandbox({ balance: 1_000_000 });
    fast = await startTestApp({
      durableJobs: true,
      suppliers: { pollMinS: 0.2, pollMaxS: 0.5, maxAttempts: 4, pauseMinOrders: 1000, timeoutMs: 3000 },
    });
    slow = await startTestApp({
      durableJobs: true,
      suppliers: { pollMinS: 20, pollMaxS: 30, maxAttempts: 4, pauseMinOrders: 1000, timeoutMs: 3000 },
    });
  });
  afterAll(async () => {
    await fast?.close();
    await slow?.close();
    await sandbox?.close();
  });

  async function supplied(
    app: TestApp,
    own: number,
    { price = 5.79, qty = 100, processingPolls = 0, keyType = 'text' as 'text' | 'image', quoteCost = 579 } = {},
  ) {
    const productId = randomBytes(12).toString('hex');
    sandbox.setProduct(productId, { price, qty, processingPolls, keyType, keyQueue: [] });
    let shop: Awaited<ReturnType<typeof shopWith>>;
    if (keyType === 'image') {
      const seller = await app.seller();
      const pool = await app.api('POST', '/pools', {
        auth: seller.auth,
        body: { name: `Images ${randomCode()}`, deliveryType: 'image' },
      });
      const tpl = await app.api('POST', '/templates', {
        auth: seller.auth,
        body: {
          title: 'Art',
          price: 10,
          currency: 'XTR',
          defaultPoolId: pool.body.id,
          maxPerOrder: 5,
          instructions: 'Enjoy',
        },
      });
      shop = { seller, poolId: pool.body.id, templateId: tpl.body.id, variantId: tpl.body.variants[0].id };
    } else {
      shop = await shopWith(
        app,
        Array.from({ length: own }, () => ({ code: randomCode() })),
        { maxPerOrder: 10 },
      );
    }
    const id = uuidv7();
    const secret = `whsec_${randomBytes(16).toString('hex')}`;
    const sealed = sealCredentials(app.deps.keys, id, { apiKey: sandbox.apiKey });
    await app.db.insert(supplierSources).values({
      id,
      poolId: shop.poolId,
      sellerId: shop.seller.user.id,
      mode: 'on_demand',
      kind: 'kinguin',
      productId,
      baseUrl: sandbox.url,
      currency: 'EUR',
      maxUnitCost: 700,
      credentials: sealed.ciphertext,
      credentialsKeyVersion: sealed.keyVersion,
      webhookSecretHash: createHash('sha256').update(secret).digest(),
      quote: { unitCost: quoteCost, currency: 'EUR', available: qty, name: 'Key', checkedAt: new Date().toISOString() },
    });
    await refreshStockSignals(withActor(app.deps, TEST_OPERATOR), { poolId: shop.poolId });
    return { ...shop, productId, sourceId: id, webhook: { url: `${app.base}/api/suppliers/${id}/kinguin`, secret } };
  }

  async function buy(app: TestApp, templateId: string, quantity: number) {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId, quantity } });
    expect(req.status).toBe(201);
    expect((await app.pay(req.body.id, req.body.total)).status).toBe(200);
    return { buyer, requestId: req.body.id as string };
  }
  const statusOf = async (app: TestApp, id: string) =>
    (await app.db.$client.query<{ status: string }>('select status from purchase_requests where id = $1', [id])).rows[0]
      ?.status;
  const delivered = (app: TestApp, id: string, ms?: number) =>
    until(async () => ((await statusOf(app, id)) === 'delivered' ? true : null), ms);
  const ordersOf = async (app: TestApp, poolId: string) =>
    (
      await app.db.$client.query<{
        id: string;
        external_id: string;
        status: string;
        polls: number;
        attempts: number;
        supplier_order_id: string | null;
        unit_cost: number | null;
        last_error: string | null;
      }>('select * from supplier_orders where pool_id = $1 order by id', [poolId])
    ).rows;
  const kinguinOrders = (externalId: string) =>
    [...sandbox.orders.values()].filter((o) => o.orderExternalId === externalId);
  const deliveredItems = async (app: TestApp, requestId: string) =>
    (
      await app.db.$client.query<{ id: string; cost: number | null; supplier: string | null }>(
        `select id, cost, supplier from pool_items where purchase_request_id = $1 and status = 'delivered'`,
        [requestId],
      )
    ).rows;

  it('a sale completing at once: one Kinguin order, its keys delivered with their cost', async () => {
    const shop = await supplied(fast, 0);
    const { buyer, requestId } = await buy(fast, shop.templateId, 2);
    await delivered(fast, requestId);
    const [o] = await ordersOf(fast, shop.poolId);
    expect(o).toMatchObject({ status: 'completed', unit_cost: 579 });
    expect(kinguinOrders(o?.external_id ?? '')).toHaveLength(1);
    const items = await deliveredItems(fast, requestId);
    expect(items).toHaveLength(2);
    expect(items.every((i) => i.cost === 579 && i.supplier === 'kinguin')).toBe(true);
    const reveal = await fast.api('POST', `/requests/${requestId}/reveal`, { auth: buyer.auth });
    const kg = kinguinOrders(o?.external_id ?? '')[0];
    const codes = reveal.body.items.map((i: { fields: { value: string }[] }) => i.fields[0]?.value).sort();
    expect(codes).toEqual(kg?.keys.map((k) => k.serial).sort());
    const dump = await fast.dumpAll();
    for (const c of codes) expect(dump).not.toContain(c);
    expect(dump).not.toContain(sandbox.apiKey);
  });

  it('several polls of processing, then completed', async () => {
    const shop = await supplied(fast, 0, { processingPolls: 3 });
    const { requestId } = await buy(fast, shop.templateId, 1);
    await delivered(fast, requestId);
    const [o] = await ordersOf(fast, shop.poolId);
    expect(o?.status).toBe('completed');
    expect(o?.polls).toBeGreaterThanOrEqual(2);
    expect(kinguinOrders(o?.external_id ?? '')).toHaveLength(1);
  });

  it('a webhook before the poll delivers at once; duplicated and out-of-order webhooks change nothing more', async () => {
    const shop = await supplied(slow, 0, { processingPolls: 1000 });
    const { requestId } = await buy(slow, shop.templateId, 1);
    const [o] = await until(async () => {
      const rows = await ordersOf(slow, shop.poolId);
      return rows[0]?.supplier_order_id ? rows : null;
    });
    const kgId = o?.supplier_order_id ?? '';
    // An old order.status event first: ignored, nothing delivered.
    const old = await sandbox.emitWebhook(shop.webhook, 'order.status', kgId, {
      updatedAt: '2001-01-01T00:00:00+00:00',
    });
    expect(old.status).toBe(204);
    sandbox.settle(kgId, 'completed');
    const sent = await Promise.all([
      sandbox.emitWebhook(shop.webhook, 'order.complete', kgId),
      sandbox.emitWebhook(shop.webhook, 'order.complete', kgId),
    ]);
    expect(sent.map((s) => s.status)).toEqual([204, 204]);
    // Long before the next poll (20 s).
    await delivered(slow, requestId, 10_000);
    await sandbox.emitWebhook(shop.webhook, 'order.complete', kgId);
    await sleep(300);
    expect(await deliveredItems(slow, requestId)).toHaveLength(1);
    const notes = await slow.db.$client.query(
      `select 1 from notifications where kind = 'delivery' and payload->>'requestId' = $1`,
      [requestId],
    );
    expect(notes.rows).toHaveLength(1);
    expect(kinguinOrders(o?.external_id ?? '')).toHaveLength(1);
  });

  it('429 and retryable errors are retried; still one Kinguin order', async () => {
    const shop = await supplied(fast, 0);
    sandbox.script({
      on: 'place',
      match: shop.productId,
      error: { status: 429, kind: 'TooManyRequests', retryAfter: '1' },
    });
    sandbox.script({ on: 'place', match: shop.productId, error: { status: 500, kind: 'InternalError' } });
    const { requestId } = await buy(fast, shop.templateId, 1);
    await delivered(fast, requestId);
    const [o] = await ordersOf(fast, shop.poolId);
    expect(o?.attempts).toBeGreaterThanOrEqual(2);
    expect(kinguinOrders(o?.external_id ?? '')).toHaveLength(1);
  });

  it('ProductUnavailable without enough own stock: refunded, the reserved item back in stock', async () => {
    const shop = await supplied(fast, 1, { qty: 0 });
    const { requestId } = await buy(fast, shop.templateId, 2);
    await until(async () => ((await ordersOf(fast, shop.poolId))[0]?.status === 'failed' ? true : null));
    expect(['refund_pending', 'refunded']).toContain(await statusOf(fast, requestId));
    const [o] = await ordersOf(fast, shop.poolId);
    expect(o?.last_error).toMatch(/^unavailable/);
    const items = await fast.db.$client.query<{ status: string }>('select status from pool_items where pool_id = $1', [
      shop.poolId,
    ]);
    expect(items.rows).toEqual([{ status: 'available' }]);
  });

  it('ProductUnavailable with own stock by then: delivered from own stock', async () => {
    const shop = await supplied(slow, 1);
    sandbox.script({ on: 'place', match: shop.productId, error: { status: 503, kind: 'ServiceUnavailable' } });
    const { requestId } = await buy(slow, shop.templateId, 2);
    await until(async () => ((await ordersOf(slow, shop.poolId))[0]?.attempts === 1 ? true : null));
    await slow.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() } }] },
    });
    sandbox.setProduct(shop.productId, { qty: 0 });
    const [o] = await ordersOf(slow, shop.poolId);
    expect(await signalSupplierOrder(slow.deps, { sourceId: shop.sourceId, externalId: o?.external_id })).toBe(
      'accepted',
    );
    await delivered(slow, requestId, 10_000);
    expect((await ordersOf(slow, shop.poolId))[0]?.status).toBe('failed');
    expect(kinguinOrders(o?.external_id ?? '')).toHaveLength(0);
  });

  it('a cost above the cap is not ordered', async () => {
    const shop = await supplied(fast, 0, { price: 9.99, quoteCost: 999 });
    const before = sandbox.callsTo('place').length;
    const { requestId } = await buy(fast, shop.templateId, 1);
    await until(async () => ((await ordersOf(fast, shop.poolId))[0]?.status === 'failed' ? true : null));
    expect(sandbox.callsTo('place').length).toBe(before);
    expect(['refund_pending', 'refunded']).toContain(await statusOf(fast, requestId));
  });

  it('an image key becomes an image item and is delivered', async () => {
    const shop = await supplied(fast, 0, { keyType: 'image' });
    const { requestId } = await buy(fast, shop.templateId, 1);
    await delivered(fast, requestId);
    const files = await fast.db.$client.query<{ n: number }>(
      `select count(*)::int as n from pool_items i join item_files f on f.item_id = i.id where i.purchase_request_id = $1`,
      [requestId],
    );
    expect(files.rows[0]?.n).toBe(1);
  });

  it('two replicas on one database: N sales make exactly N Kinguin orders, each delivered once', async () => {
    const other = await startTestApp({
      url: fast.url,
      durableJobs: true,
      suppliers: fast.deps.settings.suppliers,
    });
    // The second replica needs the first one's keys: share the ring.
    other.deps.keys = fast.deps.keys;
    try {
      const shop = await supplied(fast, 0, { processingPolls: 2 });
      const sales = await Promise.all(Array.from({ length: 6 }, () => buy(fast, shop.templateId, 1)));
      for (const s of sales) await delivered(fast, s.requestId);
      const rows = await ordersOf(fast, shop.poolId);
      expect(rows).toHaveLength(6);
      for (const r of rows) expect(kinguinOrders(r.external_id)).toHaveLength(1);
      const per = await fast.db.$client.query<{ n: number }>(
        `select count(*)::int as n from pool_items where pool_id = $1 and status = 'delivered' group by purchase_request_id`,
        [shop.poolId],
      );
      expect(per.rows.map((r) => r.n)).toEqual([1, 1, 1, 1, 1, 1]);
    } finally {
      await other.close();
    }
  });
});
