import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { randomBytesPooled } from '../lib/random-bytes.ts';
import type { KeyRing } from './keyring.ts';

/**
 * A download link's token: `base64url(JSON claims) . base64url(HMAC-SHA256)`. The token is the
 * credential (an <img> or Telegram's downloader sends no Authorization header), so it names
 * the item, the request and the buyer it was minted for, its expiry, and a random nonce that
 * makes it good for one request (file_downloads).
 *
 * The MAC key is derived from the ring's fingerprint key, which never rotates: a rotation does
 * not cut off links already handed out, and the derivation's label keeps a token's MAC from
 * ever being a fingerprint of anything.
 */
export const DownloadClaims = z.strictObject({
  /** Item id. */
  i: z.uuid(),
  /** Purchase request id. */
  r: z.uuid(),
  /** Buyer (user) id. */
  b: z.uuid(),
  /** Expiry, Unix seconds. */
  e: z.number().int().positive(),
  /** 16 random bytes, base64url. */
  n: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});
export type DownloadClaims = z.infer<typeof DownloadClaims>;

/** Longer than any token this server mints (about 250 characters): refused before any parsing. */
export const MAX_TOKEN_LENGTH = 400;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

const keys = new WeakMap<KeyRing, Buffer>();
function linkKey(ring: KeyRing): Buffer {
  let key = keys.get(ring);
  if (!key) {
    key = createHmac('sha256', ring.fingerprintKey).update('codepool:download-link:v1').digest();
    keys.set(ring, key);
  }
  return key;
}

function mac(ring: KeyRing, body: string): Buffer {
  return createHmac('sha256', linkKey(ring)).update(body).digest();
}

export function newNonce(): string {
  return randomBytesPooled(16).toString('base64url');
}

export function signDownloadToken(ring: KeyRing, claims: DownloadClaims): string {
  const body = Buffer.from(JSON.stringify(DownloadClaims.parse(claims))).toString('base64url');
  return `${body}.${mac(ring, body).toString('base64url')}`;
}

/**
 * The claims of a token this server signed, or null: wrong shape, padded, oversized, altered,
 * or signed under another key. Nothing about the claims is trusted before the MAC matches.
 */
export function verifyDownloadToken(ring: KeyRing, token: string): DownloadClaims | null {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return null;
  const dot = token.indexOf('.');
  const body = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(ring, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // base64url decoding ignores a last character's spare bits: only the canonical spelling of a
  // MAC and a body is ours, so that one link has one spelling.
  const json = Buffer.from(body, 'base64url');
  if (given.toString('base64url') !== signature || json.toString('base64url') !== body) return null;
  try {
    const parsed = DownloadClaims.safeParse(JSON.parse(json.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
