import { z } from 'zod';
import {
  type AdapterFactory,
  type AdapterOptions,
  type AdapterSource,
  SupplierError,
  type SupplierErrorKind,
  type SupplierOrderState,
} from '../adapter.ts';
import { SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from './sign.ts';

/** No answer of a seller's server is read past this: a hostile server cannot fill our memory. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

const Code = z
  .string()
  .min(1)
  .max(1000)
  .refine((c) => !c.includes('\u0000'), 'no NUL');
const Completed = z.object({
  codes: z.array(Code).min(1).max(10_000),
  unitCost: z.number().int().min(0).max(1_000_000_000).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});
const Refusal = z.object({ error: z.string().max(100), message: z.string().max(500).optional() });
const Stock = z.object({
  available: z.number().int().min(0).nullable(),
  unitCost: z.number().int().min(0).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().max(200).nullable().optional(),
});

const REFUSALS: Record<string, SupplierErrorKind> = {
  unavailable: 'unavailable',
  out_of_stock: 'unavailable',
  price: 'price',
  balance: 'balance',
  auth: 'auth',
};

/**
 * The seller's own server, over our signed protocol: `POST <baseUrl>/orders`
 * `{orderId, listing, quantity}` (no buyer data), HMAC-signed over `timestamp.body`, with our
 * callback URL beside it. 200 = the codes now; 202 = later, by a signed callback. The orderId
 * is the idempotency key, so asking for an order's state is the same POST again: the server
 * answers the codes it already gave. `GET <baseUrl>/stock?listing=…`, signed over
 * `timestamp.`, is the quote.
 */
export const sellerServerAdapter: AdapterFactory = (source: AdapterSource, options: AdapterOptions) => {
  const secret = source.credentials.secret ?? '';
  const base = source.baseUrl.replace(/\/+$/, '');

  async function call(method: 'GET' | 'POST', path: string, body: string): Promise<{ status: number; json: unknown }> {
    if (!secret) throw new SupplierError('auth', 'the seller server has no shared secret set');
    const ts = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      [TIMESTAMP_HEADER]: String(ts),
      [SIGNATURE_HEADER]: signBody(secret, ts, body),
      accept: 'application/json',
    };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['x-codepool-callback'] = options.callbackUrl;
    }
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(method === 'POST' ? { body } : {}),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      throw new SupplierError(
        'retryable',
        timedOut ? 'the seller server did not answer in time' : 'could not reach the seller server',
      );
    }
    const text = await readBounded(res, options.timeoutMs);
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  }

  function refusal(status: number, json: unknown): SupplierError {
    if (status === 429) return new SupplierError('rate_limited', 'the seller server asks us to slow down', { status });
    if (status >= 500) return new SupplierError('retryable', `the seller server answered ${status}`, { status });
    if (status === 401 || status === 403)
      return new SupplierError('auth', 'the seller server refused our signature', { status });
    const parsed = Refusal.safeParse(json);
    const code = parsed.success ? parsed.data.error : undefined;
    const kind = (code && REFUSALS[code]) || 'rejected';
    return new SupplierError(kind, `the seller server refused the order (${status}${code ? ` ${code}` : ''})`, {
      status,
      ...(code ? { supplierCode: code.slice(0, 50) } : {}),
    });
  }

  async function order(externalId: string, quantity: number): Promise<SupplierOrderState> {
    const body = JSON.stringify({ orderId: externalId, listing: source.productId, quantity });
    const { status, json } = await call('POST', '/orders', body);
    const common = { supplierOrderId: externalId, updatedAt: null };
    if (status === 200) {
      const parsed = Completed.safeParse(json);
      if (!parsed.success) throw new SupplierError('retryable', 'the seller server answered 200 without valid codes');
      const unitCost = parsed.data.unitCost ?? null;
      return {
        state: 'completed',
        keys: parsed.data.codes.map((code) => ({ kind: 'text' as const, code })),
        unitCost,
        totalCost: unitCost === null ? null : unitCost * parsed.data.codes.length,
        ...common,
      };
    }
    if (status === 202) return { state: 'processing', unitCost: null, totalCost: null, ...common };
    throw refusal(status, json);
  }

  // The quantity an order was placed with: status() repeats the same POST.
  const quantities = new Map<string, number>();
  return {
    async quote() {
      const { status, json } = await call('GET', `/stock?listing=${encodeURIComponent(source.productId)}`, '');
      if (status !== 200) throw refusal(status, json);
      const parsed = Stock.safeParse(json);
      if (!parsed.success) throw new SupplierError('rejected', 'the seller server answered /stock in another shape');
      return {
        unitCost: parsed.data.unitCost,
        available: parsed.data.available,
        currency: parsed.data.currency,
        name: parsed.data.name ?? null,
        checkedAt: new Date().toISOString(),
      };
    },
    async place({ externalId, quantity }) {
      quantities.set(externalId, quantity);
      return order(externalId, quantity);
    },
    async status({ externalId }) {
      const quantity = quantities.get(externalId);
      if (quantity === undefined) return null;
      return order(externalId, quantity);
    },
  };
};

/** Reads a body up to MAX_ANSWER_BYTES; more is a refusal, not a buffer. */
async function readBounded(res: Response, timeoutMs: number): Promise<string> {
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_ANSWER_BYTES) {
    await res.body?.cancel().catch(() => undefined);
    throw new SupplierError('rejected', 'the seller server answered more than 1 MB');
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const timer = setTimeout(() => void reader.cancel().catch(() => undefined), timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new SupplierError('rejected', 'the seller server answered more than 1 MB');
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof SupplierError) throw e;
    throw new SupplierError('retryable', 'the seller server broke off its answer');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
