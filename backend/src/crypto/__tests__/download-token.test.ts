import { describe, expect, it } from 'vitest';
import { newNonce, signDownloadToken, verifyDownloadToken } from '../download-token.ts';
import { generateKeySpec, parseKeyRing } from '../keyring.ts';

const ring = parseKeyRing(generateKeySpec());
const claims = {
  i: '0190f0c0-0000-7000-8000-000000000001',
  r: '0190f0c0-0000-7000-8000-000000000002',
  b: '0190f0c0-0000-7000-8000-000000000003',
  e: 1_900_000_000,
  n: newNonce(),
};

describe('download tokens', () => {
  it('verifies what it signed, and nothing signed under another ring', () => {
    const token = signDownloadToken(ring, claims);
    expect(token.length).toBeLessThan(300);
    expect(verifyDownloadToken(ring, token)).toEqual(claims);
    expect(verifyDownloadToken(parseKeyRing(generateKeySpec()), token)).toBeNull();
    // A rotation adds a data key but keeps the fingerprint key: links already handed out still work.
    const rotated = { ...ring, keys: new Map([...ring.keys, [ring.current + 1, Buffer.alloc(32, 1)]]) };
    expect(verifyDownloadToken(rotated, token)).toEqual(claims);
  });

  it('refuses altered claims, a cut or padded MAC, stray bits, oversized and shapeless tokens', () => {
    const token = signDownloadToken(ring, claims);
    const [body, mac] = token.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ ...claims, b: claims.r })).toString('base64url');
    // The last character of a 43-character MAC carries 2 spare bits (always 0 as encoded): setting
    // one decodes to the same bytes, and must still be refused, or one link has four spellings.
    const spare = `${body}.${mac.slice(0, -1)}${String.fromCharCode((mac.at(-1) as string).charCodeAt(0) + 1)}`;
    for (const bad of [
      `${other}.${mac}`,
      `${body}.${mac.slice(0, -1)}`,
      `${body}.${mac}=`,
      `${body}=.${mac}`,
      `${body}`,
      `.${mac}`,
      `${'A'.repeat(400)}.${mac}`,
      `${body}.${mac}.${mac}`,
      `${body} .${mac}`,
      spare,
    ])
      expect(verifyDownloadToken(ring, bad), bad.slice(0, 30)).toBeNull();
  });

  it('signs only well-formed claims', () => {
    expect(() => signDownloadToken(ring, { ...claims, e: -1 })).toThrow();
    expect(() => signDownloadToken(ring, { ...claims, n: 'short' })).toThrow();
    expect(() => signDownloadToken(ring, { ...claims, i: 'not-a-uuid' })).toThrow();
  });
});
