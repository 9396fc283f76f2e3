import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from '../seller-server/sign.ts';

const secret = 's'.repeat(40);
const body = Buffer.from('{"orderId":"x","codes":["A"]}');

describe('seller-server signatures', () => {
  it('accept what was signed, within the window', () => {
    const ts = 1_800_000_000;
    const signature = signBody(secret, ts, body);
    expect(verifySignature(secret, { timestamp: String(ts), signature }, body, { nowS: ts + 10 })).toBe('ok');
  });

  it('refuse a changed body, another secret, a stale or padded timestamp, a malformed header', () => {
    const ts = 1_800_000_000;
    const signature = signBody(secret, ts, body);
    const at = { nowS: ts };
    expect(verifySignature(secret, { timestamp: String(ts), signature }, Buffer.from(`${body} `), at)).toBe('mismatch');
    expect(verifySignature('t'.repeat(40), { timestamp: String(ts), signature }, body, at)).toBe('mismatch');
    expect(verifySignature(secret, { timestamp: String(ts), signature }, body, { nowS: ts + 301 })).toBe('stale');
    expect(verifySignature(secret, { timestamp: ` ${ts}`, signature }, body, at)).toBe('malformed');
    expect(verifySignature(secret, { timestamp: String(ts), signature: `${signature}00` }, body, at)).toBe('malformed');
    expect(verifySignature(secret, { timestamp: String(ts), signature: signature.toUpperCase() }, body, at)).toBe(
      'malformed',
    );
    expect(verifySignature(secret, { timestamp: undefined, signature }, body, at)).toBe('missing');
    // The timestamp is inside the MAC: moving it breaks the signature.
    expect(verifySignature(secret, { timestamp: String(ts + 1), signature }, body, { nowS: ts })).toBe('mismatch');
  });
});
