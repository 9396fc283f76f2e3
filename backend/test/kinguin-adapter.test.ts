import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdapterOptions,
  SupplierError,
  type SupplierKey,
  type SupplierOrderState,
} from '../src/suppliers/adapter.ts';
import { kinguinAdapter } from '../src/suppliers/kinguin/adapter.ts';
import { type KinguinSandbox, pngWithText, startKinguinSandbox } from '../src/suppliers/kinguin/sandbox.ts';
import { adapterFor } from '../src/suppliers/registry.ts';

const PRODUCT = '5c9b5f6b2539a4e8f172916a';
// The sandbox listens on loopback, which only a deployment that allows private networks may call.
const OPTIONS: AdapterOptions = { timeoutMs: 2000, callbackUrl: 'http://localhost/unused', privateNetworks: 'allow' };

/**
 * The Kinguin adapter against the Kinguin-compatible sandbox: a real HTTP server speaking the
 * documented shapes, with its own order book, so "one order per orderExternalId" is the
 * server's count, not our client's belief.
 */
describe('Kinguin adapter', () => {
  let sandbox: KinguinSandbox;
  let n = 0;
  const ext = () => `ext-${Date.now()}-${++n}`;
  const source = (over: { apiKey?: string; productId?: string; baseUrl?: string } = {}) => ({
    id: '00000000-0000-7000-8000-000000000001',
    kind: 'kinguin' as const,
    productId: over.productId ?? PRODUCT,
    baseUrl: over.baseUrl ?? sandbox.url,
    currency: 'EUR',
    credentials: { apiKey: over.apiKey ?? sandbox.apiKey },
  });
  const adapter = (over: Parameters<typeof source>[0] = {}, timeoutMs = OPTIONS.timeoutMs) =>
    adapterFor(source(over), { ...OPTIONS, timeoutMs });
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      if (err instanceof SupplierError) return err;
      throw err;
    }
    throw new Error('expected a SupplierError');
  };
  const codes = (s: SupplierOrderState | null) =>
    s && s.state === 'completed' ? s.keys.map((k) => (k.kind === 'text' ? k.code : k.name)) : [];

  beforeAll(async () => {
    sandbox = await startKinguinSandbox({ products: [{ productId: PRODUCT, price: 5.79, qty: 1000 }] });
  });
  afterAll(() => sandbox.close());
  afterEach(() => {
    sandbox.setProduct(PRODUCT, { price: 5.79, qty: 1000, processingPolls: 0, keyType: 'text', keyQueue: [] });
  });

  it('the registry hands kinguin sources to this adapter', () => {
    expect(adapterFor(source(), OPTIONS)).toBeTypeOf('object');
    expect(kinguinAdapter(source(), OPTIONS).quote).toBeTypeOf('function');
  });

  it('quotes price (cents of EUR), availability and name from the products API (v2 id and v1 kinguinId)', async () => {
    const q = await adapter().quote();
    expect(q).toMatchObject({
      unitCost: 579,
      currency: 'EUR',
      available: 1000,
      name: 'Counter-Strike: Source Steam CD Key',
    });
    expect(Number.isNaN(Date.parse(q.checkedAt))).toBe(false);
    const v1 = await adapter({ productId: '1949' }).quote();
    expect(v1.unitCost).toBe(579);
    expect(sandbox.calls.some((c) => c.path === '/v1/products/1949')).toBe(true);
    // Placing by kinguinId orders the product's v2 productId.
    const byNumber = await adapter({ productId: '1949' }).place({ externalId: ext(), quantity: 1, maxUnitCost: 600 });
    expect(sandbox.orders.get(byNumber.supplierOrderId)?.productId).toBe(PRODUCT);
    const none = await failure(adapter({ productId: 'nope' }).quote());
    expect(none.kind).toBe('unavailable');
  });

  it('places an order that completes at once, with its keys and cost', async () => {
    const id = ext();
    const state = await adapter().place({ externalId: id, quantity: 2, maxUnitCost: 600 });
    expect(state.state).toBe('completed');
    expect(state).toMatchObject({ unitCost: 579, totalCost: 1158 });
    expect(codes(state)).toHaveLength(2);
    const order = sandbox.ordersByExternalId.get(id);
    expect(order?.orderId).toBe(state.supplierOrderId);
    expect(codes(state)).toEqual(order?.keys.map((k) => k.serial));
    // Kinguin got our cap as its requested price, and our id as orderExternalId.
    expect(order?.requestPrice).toBe(6);
  });

  it('an order processing over several status calls, then completed', async () => {
    sandbox.setProduct(PRODUCT, { processingPolls: 3 });
    const a = adapter();
    const id = ext();
    const placed = await a.place({ externalId: id, quantity: 1, maxUnitCost: 600 });
    expect(placed.state).toBe('processing');
    const ref = { externalId: id, supplierOrderId: placed.supplierOrderId };
    expect((await a.status(ref))?.state).toBe('processing');
    expect((await a.status(ref))?.state).toBe('processing');
    const done = await a.status(ref);
    expect(done?.state).toBe('completed');
    expect(codes(done)).toEqual(sandbox.orders.get(placed.supplierOrderId)?.keys.map((k) => k.serial));
    // By our id alone (no supplier id yet) it is found through the search.
    expect((await a.status({ externalId: id, supplierOrderId: null }))?.supplierOrderId).toBe(placed.supplierOrderId);
  });

  it('status is null when Kinguin has no such order', async () => {
    expect(await adapter().status({ externalId: 'never-placed', supplierOrderId: null })).toBeNull();
    expect(await adapter().status({ externalId: 'never-placed', supplierOrderId: 'NOPE123' })).toBeNull();
  });

  it('fetches every page of keys (60 keys over 3 pages of 25)', async () => {
    const id = ext();
    const state = await adapter().place({ externalId: id, quantity: 60, maxUnitCost: 600 });
    const order = sandbox.ordersByExternalId.get(id);
    expect(codes(state)).toEqual(order?.keys.map((k) => k.serial));
    expect(new Set(codes(state)).size).toBe(60);
    const pages = sandbox.callsTo('keys').filter((c) => c.path.includes(order?.orderId ?? '?'));
    expect(pages.map((c) => c.query.page)).toEqual(['1', '2', '3']);
  });

  it('decodes an image key to the same bytes', async () => {
    sandbox.setProduct(PRODUCT, { keyType: 'image' });
    const id = ext();
    const state = await adapter().place({ externalId: id, quantity: 1, maxUnitCost: 600 });
    expect(state.state).toBe('completed');
    const key = state.state === 'completed' ? state.keys[0] : undefined;
    const sent = Buffer.from(sandbox.ordersByExternalId.get(id)?.keys[0]?.serial ?? '', 'base64');
    expect(key).toMatchObject({ kind: 'image', contentType: 'image/png' });
    expect((key as Extract<SupplierKey, { kind: 'image' }>).bytes.equals(sent)).toBe(true);
    expect(sent.subarray(1, 4).toString()).toBe('PNG');
    expect((key as Extract<SupplierKey, { kind: 'image' }>).name).toMatch(/\.png$/);
  });

  it('refuses a key of an undocumented type, and an image that is not base64', async () => {
    sandbox.setProduct(PRODUCT, { keyQueue: [{ type: 'application/x-msdownload', serial: 'TVqQ' }] });
    expect((await failure(adapter().place({ externalId: ext(), quantity: 1, maxUnitCost: 600 }))).kind).toBe(
      'rejected',
    );
    sandbox.setProduct(PRODUCT, { keyQueue: [{ type: 'image/png', serial: 'not base64 at all!' }] });
    expect((await failure(adapter().place({ externalId: ext(), quantity: 1, maxUnitCost: 600 }))).kind).toBe(
      'rejected',
    );
  });

  it('429 → rate_limited with Retry-After; 5xx and retryable kinds → retryable', async () => {
    sandbox.script({ on: 'place', error: { status: 429, kind: 'Http', retryAfter: '7' } });
    const limited = await failure(adapter().place({ externalId: ext(), quantity: 1, maxUnitCost: 600 }));
    expect(limited.kind).toBe('rate_limited');
    expect(limited.extra.retryAfterS).toBe(7);
    expect(limited.retryable).toBe(true);

    sandbox.script({ on: 'product', error: { status: 503, kind: 'Error' } });
    const down = await failure(adapter().quote());
    expect(down.kind).toBe('retryable');
    expect(down.extra.status).toBe(503);

    const placedId = ext();
    const placed = await adapter().place({ externalId: placedId, quantity: 1, maxUnitCost: 600 });
    sandbox.script({
      on: 'keys',
      match: placed.supplierOrderId,
      error: { status: 422, kind: 'OrderNotDispatchedYet' },
    });
    const notYet = await failure(adapter().status({ externalId: placedId, supplierOrderId: placed.supplierOrderId }));
    expect(notYet.kind).toBe('retryable');
    expect(notYet.extra.supplierCode).toBe('OrderNotDispatchedYet');
    // Failed calls bought nothing extra: the 429 left no order behind.
    expect(sandbox.callsTo('place').filter((c) => c.status === 429)).toHaveLength(1);
  });

  it('a placed order whose keys are not downloadable yet comes back processing, with its id kept', async () => {
    const id = ext();
    sandbox.script({ on: 'keys', error: { status: 422, kind: 'OrderNotDispatchedYet' } });
    const placed = await adapter().place({ externalId: id, quantity: 1, maxUnitCost: 600 });
    expect(placed).toMatchObject({ state: 'processing', unitCost: 579 });
    expect(placed.supplierOrderId).toBe(sandbox.ordersByExternalId.get(id)?.orderId);
    const later = await adapter().status({ externalId: id, supplierOrderId: placed.supplierOrderId });
    expect(later?.state).toBe('completed');
  });

  it('ProductUnavailable → unavailable; insufficient balance → balance; price above the cap → price', async () => {
    sandbox.setProduct(PRODUCT, { qty: 0 });
    expect((await failure(adapter().place({ externalId: ext(), quantity: 1, maxUnitCost: 600 }))).kind).toBe(
      'unavailable',
    );
    sandbox.setProduct(PRODUCT, { qty: 100 });

    const before = sandbox.balance;
    sandbox.balance = 1;
    const poor = await failure(adapter().place({ externalId: ext(), quantity: 1, maxUnitCost: 600 }));
    sandbox.balance = before;
    expect(poor.kind).toBe('balance');
    expect(poor.extra.supplierCode).toBe('InsufficientBalance');

    sandbox.setProduct(PRODUCT, { price: 9.99 });
    const id = ext();
    expect((await failure(adapter().place({ externalId: id, quantity: 1, maxUnitCost: 600 }))).kind).toBe('price');
    expect(sandbox.ordersByExternalId.has(id)).toBe(false);
  });

  it('a wrong API key → auth, and the key is never in the message', async () => {
    const err = await failure(adapter({ apiKey: 'wrong-key-0123456789' }).quote());
    expect(err.kind).toBe('auth');
    expect(err.message).not.toContain('wrong-key-0123456789');
    expect(err.message).not.toContain(sandbox.apiKey);
    expect((await failure(kinguinAdapter({ ...source(), credentials: {} }, OPTIONS).quote())).kind).toBe('auth');
  });

  it('a place that times out, placed again with the same externalId, recovers the ONE order', async () => {
    const id = ext();
    sandbox.script({ on: 'place', hang: 'after' });
    const lost = await failure(adapter({}, 300).place({ externalId: id, quantity: 2, maxUnitCost: 600 }));
    expect(lost.kind).toBe('retryable');
    expect(lost.message).toMatch(/timed out/);

    const again = await adapter().place({ externalId: id, quantity: 2, maxUnitCost: 600 });
    const orders = [...sandbox.orders.values()].filter((o) => o.orderExternalId === id);
    expect(orders).toHaveLength(1);
    expect(again.supplierOrderId).toBe(orders[0]?.orderId);
    expect(codes(again)).toEqual(orders[0]?.keys.map((k) => k.serial));
    // The second POST was refused by Kinguin as a used orderExternalId; the search recovered it.
    const posts = sandbox.callsTo('place');
    expect(posts.at(-1)?.status).toBe(400);
    expect(sandbox.callsTo('search').at(-1)?.query.orderExternalId).toBe(id);
  });

  it('the sandbox refuses a used orderExternalId as documented', async () => {
    const id = ext();
    await adapter().place({ externalId: id, quantity: 1, maxUnitCost: 600 });
    const res = await fetch(`${sandbox.url}/v2/order`, {
      method: 'POST',
      headers: { 'x-api-key': sandbox.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ products: [{ productId: PRODUCT, qty: 1, price: 6 }], orderExternalId: id }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ kind: 'ConstraintViolation', propertyPath: 'orderExternalId' });
    expect([...sandbox.orders.values()].filter((o) => o.orderExternalId === id)).toHaveLength(1);
  });

  it('the sandbox posts order.status and order.complete on its own when set to', async () => {
    const got: Array<{ name: string; secret: string; body: Record<string, unknown> }> = [];
    const receiver = http.createServer((req, res) => {
      let text = '';
      req.on('data', (c) => {
        text += c;
      });
      req.on('end', () => {
        got.push({
          name: String(req.headers['x-event-name']),
          secret: String(req.headers['x-event-secret']),
          body: JSON.parse(text),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    sandbox.webhooks = {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      secret: 'static-secret',
    };
    try {
      sandbox.setProduct(PRODUCT, { processingPolls: 1 });
      const id = ext();
      const placed = await adapter().place({ externalId: id, quantity: 1, maxUnitCost: 600 });
      expect(placed.state).toBe('processing');
      expect(got).toHaveLength(0);
      sandbox.settle(placed.supplierOrderId);
      await expect.poll(() => got.length).toBe(2);
      expect(got.map((g) => g.name).sort()).toEqual(['order.complete', 'order.status']);
      expect(got[0]).toMatchObject({
        secret: 'static-secret',
        body: { orderId: placed.supplierOrderId, orderExternalId: id },
      });
      expect(sandbox.webhooksSent.every((w) => w.status === 204)).toBe(true);
    } finally {
      sandbox.webhooks = null;
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  it('a PNG made by the sandbox is a valid one with unique bytes per key', () => {
    const a = pngWithText('a');
    const b = pngWithText('b');
    expect(a.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(a.equals(b)).toBe(false);
  });

  describe('hostile answers become SupplierErrors, never crashes', () => {
    let hostile: http.Server;
    let hostileUrl = '';
    let answer: (res: http.ServerResponse) => void = (res) => res.end();
    beforeAll(async () => {
      hostile = http.createServer((_req, res) => answer(res));
      await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', () => r()));
      hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      hostile.closeAllConnections();
      await new Promise<void>((r) => hostile.close(() => r()));
    });
    const hostileAdapter = () => adapterFor(source({ baseUrl: hostileUrl }), OPTIONS);

    it('a huge body (streamed, no length) is cut at the bound', async () => {
      answer = (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"name":"');
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"}');
        };
        res.on('error', () => {});
        pump();
      };
      const err = await failure(hostileAdapter().quote());
      expect(err.kind).toBe('retryable');
      expect(err.message).toMatch(/over/);
    });

    it('wrong types, non-JSON and a 256 KB line', async () => {
      answer = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"price":"free","qty":-4}');
      expect((await failure(hostileAdapter().quote())).message).toMatch(/documented shape/);
      answer = (res) => res.writeHead(200).end('<html>gateway</html>');
      expect((await failure(hostileAdapter().quote())).message).toMatch(/not JSON/);
      answer = (res) =>
        res
          .writeHead(200)
          .end(
            JSON.stringify({ orderId: 'X', status: 'completed', products: [{ qty: 1 }], name: 'y'.repeat(256 * 1024) }),
          );
      const st = await hostileAdapter()
        .status({ externalId: 'e', supplierOrderId: 'X' })
        .catch((e: unknown) => e);
      expect(st).toBeInstanceOf(SupplierError);
      answer = (res) =>
        res.writeHead(200).end(JSON.stringify([{ serial: 'z'.repeat(256 * 1024), type: 'text/plain' }]));
      const keys = await hostileAdapter()
        .status({ externalId: 'e', supplierOrderId: 'X' })
        .catch((e: unknown) => e);
      expect(keys).toBeInstanceOf(SupplierError);
    });

    it('an error object of the wrong shape, a connection reset, a refused port', async () => {
      answer = (res) => res.writeHead(418).end(JSON.stringify({ kind: 42, detail: ['a'] }));
      const odd = await failure(hostileAdapter().quote());
      expect(odd.kind).toBe('rejected');
      expect(odd.extra.status).toBe(418);
      answer = (res) => res.socket?.destroy();
      expect((await failure(hostileAdapter().quote())).kind).toBe('retryable');
      const closed = adapterFor(source({ baseUrl: 'http://127.0.0.1:1' }), OPTIONS);
      expect((await failure(closed.quote())).kind).toBe('retryable');
    });
  });
});
