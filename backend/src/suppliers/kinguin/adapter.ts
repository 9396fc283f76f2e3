import type { SupplierQuote } from '@codepool/shared';
import type { z } from 'zod';
import { DEFAULT_FILE_LIMITS } from '../../files/file-store.ts';
import {
  type AdapterFactory,
  type OrderRef,
  type PlaceInput,
  SupplierError,
  type SupplierKey,
  type SupplierOrderState,
} from '../adapter.ts';
import { type CallInput, callKinguin, type KinguinAnswer, retryAfterSeconds, TOO_LARGE } from './http.ts';
import {
  BALANCE_KINDS,
  KinguinErrorBody,
  KinguinKeysPage,
  KinguinOrder,
  KinguinOrderSearch,
  KinguinProduct,
  RETRYABLE_KINDS,
  toCents,
} from './protocol.ts';

/** JSON answers (a product, an order, a search page) are small; anything bigger is refused. */
const JSON_MAX = 1024 * 1024;
const KEYS_PER_PAGE = 25;
/** An image key: at most FILE_MAX_BYTES' default, which base64 makes 4/3 as long. */
const IMAGE_MAX = DEFAULT_FILE_LIMITS.maxBytes;
const ONE_KEY_MAX = Math.ceil((IMAGE_MAX * 4) / 3) + 64 * 1024;
/** A page of 25 text keys (or small images). */
const KEYS_PAGE_MAX = 8 * 1024 * 1024;
/** ConstraintViolation: "Sum of total values of qty must be lower than or equal 100". */
const MAX_ORDER_QTY = 100;
const MAX_CODE = 4096;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The Kinguin eCommerce API: `X-Api-Key`, products for the quote, `POST /v2/order` keyed by our
 * `orderExternalId`, `GET /v1/order/{orderId}` for the state and `GET /v2/order/{id}/keys`
 * (paged) for the keys. Prices are EUR floats; we speak whole cents.
 */
export const kinguinAdapter: AdapterFactory = (source, options) => {
  const apiKey = source.credentials.apiKey ?? '';
  const call = async (req: Omit<CallInput, 'baseUrl' | 'apiKey' | 'timeoutMs' | 'maxBytes'>, maxBytes = JSON_MAX) => {
    if (!apiKey) throw new SupplierError('auth', 'no Kinguin API key is set');
    return callKinguin({ ...req, baseUrl: source.baseUrl, apiKey, timeoutMs: options.timeoutMs, maxBytes });
  };
  const product = encodeURIComponent(source.productId);

  async function keysOf(order: KinguinOrder): Promise<SupplierKey[]> {
    const expected = order.products.reduce((n, p) => n + p.qty, 0);
    const keys: SupplierKey[] = [];
    // Pages of 25 within KEYS_PAGE_MAX; a page of big images that does not fit is read again
    // one key per page, each bounded by one image's size.
    let perPage = KEYS_PER_PAGE;
    for (let calls = 0; keys.length < expected && calls <= expected + 2; calls++) {
      const page = Math.floor(keys.length / perPage) + 1;
      let answer: KinguinAnswer;
      try {
        answer = await call(
          {
            method: 'GET',
            path: `/v2/order/${encodeURIComponent(order.orderId)}/keys`,
            query: { page: String(page), limit: String(perPage) },
          },
          perPage === 1 ? ONE_KEY_MAX : KEYS_PAGE_MAX,
        );
      } catch (err) {
        if (perPage > 1 && err instanceof SupplierError && err.extra.supplierCode === TOO_LARGE) {
          perPage = 1;
          continue;
        }
        throw err;
      }
      const rows = parse(KinguinKeysPage, ok(answer, 'keys'), 'keys page');
      if (rows.length > perPage) throw new SupplierError('rejected', 'Kinguin sent a keys page over its limit');
      for (const row of rows) keys.push(toKey(row, keys.length));
      if (rows.length < perPage) break;
    }
    // Completed but short: Kinguin's OrderPartiallyDispatched case; ask again later.
    if (keys.length < expected) {
      throw new SupplierError('retryable', `Kinguin sent ${keys.length} of ${expected} keys so far`, {
        supplierCode: 'OrderPartiallyDispatched',
      });
    }
    if (keys.length > expected) {
      throw new SupplierError('rejected', `Kinguin sent ${keys.length} keys for an order of ${expected}`);
    }
    return keys;
  }

  async function stateOf(order: KinguinOrder): Promise<SupplierOrderState> {
    const qty = order.products.reduce((n, p) => n + p.qty, 0);
    const line = order.products[0];
    const unitCost = line?.price != null ? toCents(line.price) : null;
    const totalCost = order.totalPrice != null ? toCents(order.totalPrice) : unitCost !== null ? unitCost * qty : null;
    const common = { supplierOrderId: order.orderId, unitCost, totalCost, updatedAt: null };
    const status = order.status.toLowerCase();
    if (status === 'completed') return { state: 'completed', keys: await keysOf(order), ...common };
    if (status === 'canceled' || status === 'cancelled' || status === 'refunded') {
      return { state: 'canceled', reason: `Kinguin order ${status}`, ...common };
    }
    return { state: 'processing', ...common };
  }

  async function byExternalId(externalId: string): Promise<KinguinOrder | null> {
    const answer = await call({ method: 'GET', path: '/v1/order', query: { orderExternalId: externalId } });
    const page = parse(KinguinOrderSearch, ok(answer, 'order search'), 'order search');
    // The search is a filter; only an exact echo of our id is ours.
    return page.results.find((o) => o.orderExternalId === externalId) ?? null;
  }

  return {
    async quote(): Promise<SupplierQuote> {
      // Kinguin's product ids are hex strings (v2); its older kinguinId is a number (v1).
      const path = /^\d+$/.test(source.productId) ? `/v1/products/${product}` : `/v2/products/${product}`;
      const answer = await call({ method: 'GET', path });
      if (answer.status === 404) throw new SupplierError('unavailable', 'Kinguin has no such product', { status: 404 });
      const p = parse(KinguinProduct, ok(answer, 'product'), 'product');
      // `qty` counts every key type: we take image keys too (we never ask keyType: text).
      const available = p.qty ?? p.totalQty ?? null;
      return {
        unitCost: p.price != null && (available ?? 1) > 0 ? toCents(p.price) : null,
        currency: 'EUR',
        available,
        name: p.name ?? null,
        checkedAt: new Date().toISOString(),
      };
    },

    async place({ externalId, quantity, maxUnitCost }: PlaceInput): Promise<SupplierOrderState> {
      if (source.currency !== 'EUR') {
        throw new SupplierError('rejected', `Kinguin prices in EUR, not ${source.currency}`);
      }
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_ORDER_QTY) {
        throw new SupplierError('rejected', `Kinguin takes 1 to ${MAX_ORDER_QTY} units per order, not ${quantity}`);
      }
      const answer = await call({
        method: 'POST',
        path: '/v2/order',
        // `price` is the price we ask for: Kinguin picks offers at it or refuses.
        json: {
          products: [{ productId: source.productId, qty: quantity, price: maxUnitCost / 100 }],
          orderExternalId: externalId,
        },
      });
      if (answer.status === 201 || answer.status === 200) {
        return stateOf(parse(KinguinOrder, answer.body, 'order'));
      }
      const error = toError(answer, 'place');
      if (error.extra.supplierCode === 'DuplicateOrderExternalId') {
        // A place that timed out went through: recover that order, never buy again.
        const existing = await byExternalId(externalId);
        if (!existing)
          throw new SupplierError('retryable', 'Kinguin says our order id is used but has no such order yet');
        return stateOf(existing);
      }
      throw error;
    },

    async status({ externalId, supplierOrderId }: OrderRef): Promise<SupplierOrderState | null> {
      let order: KinguinOrder | null;
      if (supplierOrderId) {
        const answer = await call({ method: 'GET', path: `/v1/order/${encodeURIComponent(supplierOrderId)}` });
        if (answer.status === 404) return null;
        order = parse(KinguinOrder, ok(answer, 'order'), 'order');
        if (order.orderExternalId && order.orderExternalId !== externalId) {
          throw new SupplierError('rejected', 'Kinguin order belongs to another external id');
        }
      } else {
        order = await byExternalId(externalId);
      }
      return order ? stateOf(order) : null;
    },
  };
};

/** The body of a 2xx answer; anything else becomes its SupplierError. */
function ok(answer: KinguinAnswer, what: string): unknown {
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  throw toError(answer, what);
}

function parse<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  // A 2xx that is not the documented shape: a broken proxy or a changed API; try again later.
  if (!parsed.success) throw new SupplierError('retryable', `Kinguin ${what} is not the documented shape`);
  return parsed.data;
}

/** ErrorsCodes.md's error object → our kinds. Messages carry Kinguin's kind and a cut `detail`, never our key. */
export function toError(answer: KinguinAnswer, what: string): SupplierError {
  const parsed = KinguinErrorBody.safeParse(answer.body);
  const body = parsed.success ? parsed.data : {};
  const kind = body.kind ?? null;
  const detail = (body.detail ?? body.title ?? '').replace(/[^\x20-\x7e]/g, ' ').slice(0, 300);
  const message = `Kinguin ${what}: ${answer.status}${kind ? ` ${kind}` : ''}${detail ? ` — ${detail}` : ''}`;
  const extra = { status: answer.status, ...(kind ? { supplierCode: kind } : {}) };
  if (answer.status === 429) {
    const retryAfterS = retryAfterSeconds(answer.retryAfter);
    return new SupplierError('rate_limited', message, { ...extra, ...(retryAfterS !== null ? { retryAfterS } : {}) });
  }
  if (answer.status === 401 || answer.status === 403 || kind === 'Authorization') {
    return new SupplierError('auth', message, extra);
  }
  if (isDuplicateExternalId(answer.status, body)) {
    return new SupplierError('rejected', message, { ...extra, supplierCode: 'DuplicateOrderExternalId' });
  }
  if (answer.status >= 500 || body.retryable === true || (kind && RETRYABLE_KINDS.has(kind))) {
    return new SupplierError('retryable', message, extra);
  }
  if (kind === 'ProductUnavailable') return new SupplierError('unavailable', message, extra);
  if (kind && BALANCE_KINDS.has(kind)) return new SupplierError('balance', message, extra);
  if (kind === 'ConstraintViolation' && /price/i.test(body.propertyPath ?? '')) {
    return new SupplierError('price', message, extra);
  }
  return new SupplierError('rejected', message, extra);
}

/**
 * OrderExternalId.md: the value must be unique in the account, and a second order with it is
 * refused. The docs give no dedicated kind, so the refusal is recognised as the request's
 * constraint violation on `orderExternalId` (or a 409).
 */
function isDuplicateExternalId(status: number, body: KinguinErrorBody): boolean {
  if (status === 409) return true;
  if (body.kind !== 'ConstraintViolation') return false;
  return body.propertyPath === 'orderExternalId' || /orderExternalId/.test(body.detail ?? '');
}

function toKey(row: z.infer<typeof KinguinKeysPage>[number], index: number): SupplierKey {
  const type = row.type.toLowerCase();
  if (type === 'text/plain') {
    const code = row.serial.trim();
    if (!code || code.length > MAX_CODE)
      throw new SupplierError('rejected', 'Kinguin sent an empty or oversized text key');
    return { kind: 'text', code };
  }
  const image = /^image\/(png|jpeg|gif)$/.exec(type);
  if (!image) throw new SupplierError('rejected', `Kinguin sent a key of type ${type.slice(0, 40)}`);
  const b64 = row.serial.replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0 || b64.length === 0) {
    throw new SupplierError('rejected', 'Kinguin sent an image key that is not base64');
  }
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > IMAGE_MAX) throw new SupplierError('rejected', 'Kinguin sent an image key over the file limit');
  const ext = image[1] === 'jpeg' ? 'jpg' : image[1];
  const stem =
    (row.name ?? 'key')
      .replace(/[^A-Za-z0-9 ._-]/g, '')
      .trim()
      .slice(0, 80) || 'key';
  return { kind: 'image', contentType: type, bytes, name: `${stem} ${index + 1}.${ext}` };
}
