import { SupplierError } from '../adapter.ts';

/**
 * One bounded call to the Kinguin gateway. Bounded in time (`timeoutMs`, through the body
 * read too) and in size (`maxBytes`, counted while reading, so a hostile or broken gateway
 * cannot make us buffer more). Network trouble, timeouts and bodies that are not JSON become
 * `retryable` SupplierErrors; a non-2xx answer is returned for the caller to map, with its
 * (also bounded) error object.
 */
export type KinguinAnswer = { status: number; body: unknown; retryAfter: string | null };

export type CallInput = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  maxBytes: number;
};

/** The supplierCode of a 2xx answer refused for its size. */
export const TOO_LARGE = 'AnswerTooLarge';

/** Error objects are small; a bigger one is cut short and read as "no error object". */
const ERROR_BODY_MAX = 64 * 1024;

export async function callKinguin(input: CallInput): Promise<KinguinAnswer> {
  const url = new URL(input.baseUrl.replace(/\/+$/, '') + input.path);
  for (const [k, v] of Object.entries(input.query ?? {})) url.searchParams.set(k, v);
  const signal = AbortSignal.timeout(input.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: input.method,
      headers: {
        'x-api-key': input.apiKey,
        accept: 'application/json',
        ...(input.json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: input.json === undefined ? undefined : JSON.stringify(input.json),
      redirect: 'error',
      signal,
    });
  } catch (err) {
    throw new SupplierError('retryable', `Kinguin unreachable: ${describe(err, signal)}`);
  }
  const ok = res.status >= 200 && res.status < 300;
  const limit = ok ? input.maxBytes : ERROR_BODY_MAX;
  let text: string | null;
  try {
    text = await readBounded(res, limit);
  } catch (err) {
    throw new SupplierError('retryable', `Kinguin answer unreadable: ${describe(err, signal)}`, {
      status: res.status,
    });
  }
  if (text === null) {
    if (ok) {
      throw new SupplierError('retryable', `Kinguin answer over ${limit} bytes`, {
        status: res.status,
        supplierCode: TOO_LARGE,
      });
    }
    return { status: res.status, body: null, retryAfter: res.headers.get('retry-after') };
  }
  let body: unknown = null;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      if (ok) throw new SupplierError('retryable', 'Kinguin answer is not JSON', { status: res.status });
    }
  }
  return { status: res.status, body, retryAfter: res.headers.get('retry-after') };
}

/** The body as text, or null when it is longer than `limit` bytes (the rest is not read). */
async function readBounded(res: Response, limit: number): Promise<string | null> {
  if (!res.body) return '';
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body.cancel().catch(() => {});
    return null;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) return 'timed out';
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null;
  return code ?? (cause instanceof Error ? cause.name : 'network error');
}

/** Retry-After as seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
