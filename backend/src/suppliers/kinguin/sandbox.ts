import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { deflateSync } from 'node:zlib';
import type { KinguinEventName } from './protocol.ts';

/**
 * A local Kinguin-compatible gateway for tests and `npm run demo`. It speaks the documented
 * endpoints and shapes of kinguinltdhk/Kinguin-eCommerce-API — products v1/v2, POST /v2/order,
 * GET /v1/order/{orderId}, GET /v1/order?orderExternalId=, GET /v2/order/{orderId}/keys (paged),
 * the error object of ErrorsCodes.md — checks `X-Api-Key`, refuses a second order with a used
 * `orderExternalId`, and posts webhooks. It is not our client's mirror: it keeps its own orders
 * and balance, and can be scripted to misbehave the ways the real gateway may.
 */

export type SandboxProduct = {
  /** v2 product id (hex string); `kinguinId` is the v1 number. */
  productId: string;
  kinguinId: number;
  name: string;
  /** Cheapest offer, EUR. */
  price: number;
  qty: number;
  /** `image`: keys are base64 PNGs (Key object `type: image/png`). */
  keyType: 'text' | 'image';
  /** New orders stay `processing` for this many status reads, then complete. 0: complete at once. */
  processingPolls: number;
  /** Keys handed out before generated ones (a duplicate, a specific code); consumed in order. */
  keyQueue: Array<{ type: string; serial: string }>;
  updatedAt: string;
};

export type SandboxOrder = {
  orderId: string;
  orderExternalId: string | null;
  productId: string;
  qty: number;
  price: number;
  requestPrice: number;
  status: 'processing' | 'completed' | 'canceled';
  /** Status reads left before it completes. */
  pollsLeft: number;
  keys: Array<{ type: string; serial: string }>;
  createdAt: string;
  updatedAt: string;
};

export type SandboxCall = { method: string; path: string; query: Record<string, string>; status: number };

/** Which endpoint a scripted behaviour applies to. */
export type Endpoint = 'product' | 'place' | 'order' | 'search' | 'keys';

export type ScriptStep = {
  on: Endpoint;
  /** How many matching calls it applies to (default 1). */
  times?: number;
  /** Only for this product (place) or order id (order, keys). */
  match?: string;
} & (
  | { error: { status: number; kind: string; detail?: string; retryAfter?: string; propertyPath?: string } }
  /** Never answer (until closed). `after`: do the work first, then hang (a place whose answer is lost). */
  | { hang: 'before' | 'after' }
  /** Answer this raw body (hostile shapes). */
  | { raw: { status: number; body: string | Buffer; contentType?: string } }
);

export type SandboxOptions = {
  apiKey?: string;
  products?: Array<Partial<SandboxProduct> & { productId: string }>;
  /** EUR; an order costing more gets InsufficientBalance. */
  balance?: number;
  port?: number;
};

export type WebhookTarget = { url: string; secret: string };

export type KinguinSandbox = {
  url: string;
  apiKey: string;
  products: Map<string, SandboxProduct>;
  orders: Map<string, SandboxOrder>;
  ordersByExternalId: Map<string, SandboxOrder>;
  calls: SandboxCall[];
  balance: number;
  setProduct(productId: string, patch: Partial<SandboxProduct>): SandboxProduct;
  script(step: ScriptStep): void;
  /** Marks an order completed (or canceled) now, as Kinguin's dispatch would. */
  settle(orderId: string, status?: 'completed' | 'canceled'): SandboxOrder;
  /** Posts a webhook as Kinguin does; `body` overrides the documented payload's fields. */
  emitWebhook(
    target: WebhookTarget,
    name: KinguinEventName,
    ref: string,
    body?: Record<string, unknown>,
  ): Promise<{ status: number; body: string }>;
  /** Calls that reached the given endpoint. */
  callsTo(endpoint: Endpoint): SandboxCall[];
  close(): Promise<void>;
};

const DEFAULT_PRODUCT: Omit<SandboxProduct, 'productId'> = {
  kinguinId: 1949,
  name: 'Counter-Strike: Source Steam CD Key',
  price: 5.79,
  qty: 100,
  keyType: 'text',
  processingPolls: 0,
  keyQueue: [],
  updatedAt: '2020-10-24T09:34:13+00:00',
};

export async function startKinguinSandbox(options: SandboxOptions = {}): Promise<KinguinSandbox> {
  const apiKey = options.apiKey ?? `sandbox-${randomBytes(12).toString('hex')}`;
  const products = new Map<string, SandboxProduct>();
  const orders = new Map<string, SandboxOrder>();
  const ordersByExternalId = new Map<string, SandboxOrder>();
  const calls: SandboxCall[] = [];
  const steps: Array<ScriptStep & { left: number }> = [];
  const sockets = new Set<Socket>();
  const hung = new Set<http.ServerResponse>();
  let seq = 0;

  const sandbox: KinguinSandbox = {
    url: '',
    apiKey,
    products,
    orders,
    ordersByExternalId,
    calls,
    balance: options.balance ?? 1_000_000,
    setProduct(productId, patch) {
      const current = products.get(productId) ?? { ...DEFAULT_PRODUCT, productId, keyQueue: [] };
      const next = { ...current, ...patch, productId, updatedAt: patch.updatedAt ?? new Date().toISOString() };
      products.set(productId, next);
      return next;
    },
    script(step) {
      steps.push({ ...step, left: step.times ?? 1 });
    },
    settle(orderId, status = 'completed') {
      const order = orders.get(orderId);
      if (!order) throw new Error(`no sandbox order ${orderId}`);
      order.status = status;
      order.pollsLeft = 0;
      order.updatedAt = new Date().toISOString();
      return order;
    },
    async emitWebhook(target, name, ref, body = {}) {
      let payload: Record<string, unknown>;
      if (name === 'product.update') {
        const p = products.get(ref);
        if (!p) throw new Error(`no sandbox product ${ref}`);
        payload = {
          kinguinId: p.kinguinId,
          productId: p.productId,
          qty: p.qty,
          textQty: p.keyType === 'text' ? p.qty : 0,
          price: p.price,
          cheapestOfferId: [offerIdOf(p)],
          updatedAt: p.updatedAt,
        };
      } else {
        const o = orders.get(ref);
        if (!o) throw new Error(`no sandbox order ${ref}`);
        payload = { orderId: o.orderId, orderExternalId: o.orderExternalId, updatedAt: o.updatedAt };
        if (name === 'order.status') payload.status = o.status;
      }
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-event-name': name, 'x-event-secret': target.secret },
        body: JSON.stringify({ ...payload, ...body }),
      });
      return { status: res.status, body: await res.text() };
    },
    callsTo(endpoint) {
      return calls.filter((c) => endpointOf(c.method, c.path) === endpoint);
    },
    async close() {
      for (const res of hung) res.destroy();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  for (const p of options.products ?? []) sandbox.setProduct(p.productId, { ...p, keyQueue: p.keyQueue ?? [] });

  function takeStep(endpoint: Endpoint, ref: string | null) {
    const i = steps.findIndex((s) => s.on === endpoint && s.left > 0 && (!s.match || s.match === ref));
    if (i < 0) return null;
    const step = steps[i];
    if (!step) return null;
    step.left -= 1;
    if (step.left <= 0) steps.splice(i, 1);
    return step;
  }

  function makeKey(p: SandboxProduct, orderId: string, n: number) {
    const queued = p.keyQueue.shift();
    if (queued) return queued;
    if (p.keyType === 'image') return { type: 'image/png', serial: pngWithText(`${orderId}:${n}`).toString('base64') };
    return { type: 'text/plain', serial: `KG-${orderId}-${n}-${randomBytes(4).toString('hex').toUpperCase()}` };
  }

  function orderObject(o: SandboxOrder) {
    const p = products.get(o.productId);
    return {
      totalPrice: round2(o.price * o.qty),
      requestTotalPrice: round2(o.requestPrice * o.qty),
      status: o.status,
      userEmail: 'sandbox@kinguin.io',
      storeId: 1,
      createdAt: o.createdAt,
      orderId: o.orderId,
      orderExternalId: o.orderExternalId,
      paymentPrice: round2(o.price * o.qty),
      products: [
        {
          kinguinId: p?.kinguinId ?? 0,
          offerId: p ? offerIdOf(p) : '',
          productId: o.productId,
          qty: o.qty,
          name: p?.name ?? '',
          price: o.price,
          requestPrice: o.requestPrice,
          isPreorder: false,
          keyType: p?.keyType === 'image' ? 'image' : 'text',
          accurate: o.price === o.requestPrice,
          broker: 'internal',
        },
      ],
      isPreorder: false,
    };
  }

  /** A status read: an order kept `processing` for N reads completes on the read after them. */
  function read(o: SandboxOrder) {
    if (o.status === 'processing') {
      if (o.pollsLeft > 0) o.pollsLeft -= 1;
      else {
        o.status = 'completed';
        o.updatedAt = new Date().toISOString();
      }
    }
    return orderObject(o);
  }

  function place(body: unknown): [number, unknown] {
    if (!isRecord(body) || !Array.isArray(body.products) || body.products.length === 0) {
      return error(400, 'ConstraintViolation', 'Invalid "products" property.', 'products');
    }
    if (body.products.length > 1) {
      return error(400, 'ConstraintViolation', 'The sandbox takes one product per order.', 'products');
    }
    const line: unknown = body.products[0];
    if (
      !isRecord(line) ||
      typeof line.productId !== 'string' ||
      !Number.isInteger(line.qty) ||
      typeof line.price !== 'number'
    ) {
      return error(
        400,
        'ConstraintViolation',
        'Invalid "products" item: productId, qty and price are required.',
        'products',
      );
    }
    const qty = Number(line.qty);
    if (qty < 1 || qty > 100) {
      return error(
        400,
        'ConstraintViolation',
        'Sum of total values of "qty" must be lower than or equal 100.',
        'products',
      );
    }
    const externalId = typeof body.orderExternalId === 'string' ? body.orderExternalId : null;
    if (externalId !== null && ordersByExternalId.has(externalId)) {
      return error(
        400,
        'ConstraintViolation',
        `Invalid "orderExternalId" property. Value "${externalId}" is already used.`,
        'orderExternalId',
      );
    }
    const p = products.get(line.productId);
    if (!p || p.qty < qty) return error(422, 'ProductUnavailable', 'Product has been sold or is not active.');
    if (p.price > line.price) {
      return error(
        400,
        'ConstraintViolation',
        `Price ${line.price} is lower than the cheapest offer.`,
        'products.price',
      );
    }
    const total = round2(p.price * qty);
    if (total > sandbox.balance) {
      return error(400, 'InsufficientBalance', 'There are not enough funds to place order.');
    }
    sandbox.balance = round2(sandbox.balance - total);
    p.qty -= qty;
    seq += 1;
    const orderId = `SBX${seq.toString().padStart(4, '0')}${randomBytes(3).toString('hex').toUpperCase()}`;
    const now = new Date().toISOString();
    const order: SandboxOrder = {
      orderId,
      orderExternalId: externalId,
      productId: p.productId,
      qty,
      price: p.price,
      requestPrice: line.price,
      status: p.processingPolls > 0 ? 'processing' : 'completed',
      pollsLeft: Math.max(0, p.processingPolls - 1),
      keys: Array.from({ length: qty }, (_, n) => makeKey(p, orderId, n)),
      createdAt: now,
      updatedAt: now,
    };
    orders.set(orderId, order);
    if (externalId !== null) ordersByExternalId.set(externalId, order);
    return [201, orderObject(order)];
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] {
    const at = (pattern: RegExp) => pattern.exec(path)?.[1] ?? null;
    const v1Product = method === 'GET' ? at(/^\/v1\/products\/(\d+)$/) : null;
    const v2Product = method === 'GET' ? at(/^\/v2\/products\/([^/]+)$/) : null;
    const orderRef = method === 'GET' ? at(/^\/v1\/order\/([^/]+)$/) : null;
    const keysRef = method === 'GET' ? at(/^\/v2\/order\/([^/]+)\/keys$/) : null;
    if (v1Product !== null) {
      const id = Number(v1Product);
      const p = [...products.values()].find((x) => x.kinguinId === id);
      return p ? [200, productObject(p)] : error(404, 'Http', 'Product not found');
    }
    if (v2Product !== null) {
      const p = products.get(decodeURIComponent(v2Product));
      return p ? [200, productObject(p)] : error(404, 'Http', 'Product not found');
    }
    if (method === 'POST' && path === '/v2/order') return place(body);
    if (method === 'GET' && path === '/v1/order') {
      const ext = query.get('orderExternalId');
      const id = query.get('orderId');
      const results = [...orders.values()]
        .filter((o) => (ext === null || o.orderExternalId === ext) && (id === null || o.orderId === id))
        .slice(0, 100)
        .map(orderObject);
      return [200, { results, item_count: results.length }];
    }
    if (orderRef !== null) {
      const o = orders.get(decodeURIComponent(orderRef));
      return o ? [200, read(o)] : error(404, 'OrderNotFound', 'Order not found - invalid orderId value');
    }
    if (keysRef !== null) {
      const o = orders.get(decodeURIComponent(keysRef));
      if (!o) return error(404, 'OrderNotFound', 'Order not found - invalid orderId value');
      if (o.status !== 'completed')
        return error(422, 'OrderNotDispatchedYet', `Order "${o.orderId}" not dispatched yet.`);
      const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
      const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 25) || 25));
      const p = products.get(o.productId);
      const rows = o.keys.slice((page - 1) * limit, page * limit).map((k) => ({
        serial: k.serial,
        type: k.type,
        name: p?.name ?? '',
        kinguinId: p?.kinguinId ?? 0,
        offerId: p ? offerIdOf(p) : '',
        productId: o.productId,
      }));
      return [200, rows];
    }
    return error(404, 'Http', `No route found for "${method} ${path}"`);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname.replace(/^\/esa\/api/, '');
    const query = Object.fromEntries(url.searchParams);
    const record = (status: number) => calls.push({ method: req.method ?? '', path, query, status });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 1024 * 1024) chunks.push(c);
    });
    req.on('end', () => {
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        record(status);
        const text = JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(text);
      };
      if (req.headers['x-api-key'] !== apiKey) {
        const [s, b] = error(401, 'Authorization', 'Bad authorization credentials.');
        return send(s, b);
      }
      let body: unknown = null;
      if (chunks.length > 0) {
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          const [s, b] = error(400, 'Http', 'Invalid JSON body');
          return send(s, b);
        }
      }
      const endpoint = endpointOf(req.method ?? '', path);
      const ref = refOf(endpoint, path, body);
      const step = endpoint ? takeStep(endpoint, ref) : null;
      if (step && 'hang' in step) {
        if (step.hang === 'after') route(req.method ?? '', path, url.searchParams, body);
        record(0);
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return;
      }
      if (step && 'error' in step) {
        const e = step.error;
        const [s, b] = error(e.status, e.kind, e.detail ?? e.kind, e.propertyPath);
        return send(s, b, e.retryAfter ? { 'retry-after': e.retryAfter } : {});
      }
      if (step && 'raw' in step) {
        record(step.raw.status);
        res.writeHead(step.raw.status, { 'content-type': step.raw.contentType ?? 'application/json' });
        return res.end(step.raw.body);
      }
      const [status, payload] = route(req.method ?? '', path, url.searchParams, body);
      send(status, payload);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  sandbox.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/esa/api`;
  return sandbox;

  function productObject(p: SandboxProduct) {
    return {
      name: p.name,
      platform: 'Steam',
      qty: p.qty,
      textQty: p.keyType === 'text' ? p.qty : 0,
      price: p.price,
      cheapestOfferId: [offerIdOf(p)],
      isPreorder: false,
      kinguinId: p.kinguinId,
      productId: p.productId,
      offers: [
        {
          name: p.name,
          offerId: offerIdOf(p),
          price: p.price,
          qty: p.qty,
          textQty: p.keyType === 'text' ? p.qty : 0,
          merchantName: 'KinguinHK',
          isPreorder: false,
        },
      ],
      offersCount: 1,
      totalQty: p.qty,
      merchantName: ['KinguinHK'],
      updatedAt: p.updatedAt,
    };
  }
}

function endpointOf(method: string, path: string): Endpoint | null {
  if (method === 'GET' && /^\/v[12]\/products\/[^/]+$/.test(path)) return 'product';
  if (method === 'POST' && path === '/v2/order') return 'place';
  if (method === 'GET' && path === '/v1/order') return 'search';
  if (method === 'GET' && /^\/v1\/order\/[^/]+$/.test(path)) return 'order';
  if (method === 'GET' && /^\/v2\/order\/[^/]+\/keys$/.test(path)) return 'keys';
  return null;
}

function refOf(endpoint: Endpoint | null, path: string, body: unknown): string | null {
  if (endpoint === 'place') {
    const line = isRecord(body) && Array.isArray(body.products) ? body.products[0] : null;
    return isRecord(line) && typeof line.productId === 'string' ? line.productId : null;
  }
  if (endpoint === 'order' || endpoint === 'keys') return decodeURIComponent(path.split('/')[3] ?? '');
  if (endpoint === 'product') return decodeURIComponent(path.split('/')[3] ?? '');
  return null;
}

function error(status: number, kind: string, detail: string, propertyPath?: string): [number, unknown] {
  return [
    status,
    {
      kind,
      status,
      title: http.STATUS_CODES[status] ?? 'Error',
      detail,
      trace: randomUUID().slice(0, 10),
      timestamp: new Date().toISOString(),
      ...(propertyPath ? { propertyPath } : {}),
      ...(['OrderNotDispatchedYet', 'OrderHold', 'OrderPartiallyDispatched', 'ProcessingPreorder'].includes(kind)
        ? { retryable: true }
        : {}),
    },
  ];
}

function offerIdOf(p: SandboxProduct): string {
  return `${p.productId.slice(0, 12)}offer`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A valid 1×1 PNG whose tEXt chunk makes each key's bytes unique. */
export function pngWithText(text: string): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  // One scanline: filter byte 0, then one RGBA pixel.
  const idat = deflateSync(Buffer.from([0, 0x2a, 0x7f, 0xd4, 0xff]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`key\0${text}`, 'latin1')),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
