import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The seller-server protocol's signature, both ways: HMAC-SHA256 under the source's shared
 * secret over `<timestamp>.<raw body>`, sent as `X-Codepool-Timestamp: <unix seconds>` and
 * `X-Codepool-Signature: sha256=<hex>`. The timestamp inside the MAC bounds a replay to the
 * window; the raw bytes (not re-serialised JSON) are what is signed.
 */
export const TIMESTAMP_HEADER = 'x-codepool-timestamp';
export const SIGNATURE_HEADER = 'x-codepool-signature';
export const SIGNATURE_WINDOW_S = 300;

export function signBody(secret: string, timestampS: number, body: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestampS}.`).update(body).digest('hex');
  return `sha256=${mac}`;
}

export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'mismatch';

/** Checks a received signature in constant time; `nowS` and `windowS` bound replays. */
export function verifySignature(
  secret: string,
  { timestamp, signature }: { timestamp: string | undefined; signature: string | undefined },
  body: Buffer,
  { nowS = Math.floor(Date.now() / 1000), windowS = SIGNATURE_WINDOW_S } = {},
): SignatureCheck {
  if (!timestamp || !signature) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) return 'malformed';
  const ts = Number(timestamp);
  if (Math.abs(nowS - ts) > windowS) return 'stale';
  const expected = Buffer.from(signBody(secret, ts, body));
  const got = Buffer.from(signature);
  return got.length === expected.length && timingSafeEqual(got, expected) ? 'ok' : 'mismatch';
}
