import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '../errors.ts';

export const SIGNATURE_TOLERANCE_S = 300;

/**
 * Signs a webhook body the way a processor must:
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<provider>.<body>">`, where provider is the
 * `:provider` of the URL posted to — so an event signed for one provider cannot be replayed
 * as another's (whose refunds and records differ).
 */
export function signWebhook(
  secret: string,
  provider: string,
  rawBody: Buffer | string,
  t = Math.floor(Date.now() / 1000),
): string {
  return `t=${t},v1=${mac(secret, provider, rawBody, t).toString('hex')}`;
}

function mac(secret: string, provider: string, rawBody: Buffer | string, t: number): Buffer {
  return createHmac('sha256', secret).update(`${t}.${provider}.`).update(rawBody).digest();
}

/** Checks a signature header against the raw body, within the replay window either side of now. */
export function verifyWebhookSignature(
  secret: string | undefined,
  provider: string,
  header: string | undefined,
  rawBody: Buffer,
  nowS = Math.floor(Date.now() / 1000),
): void {
  if (!secret) throw new UnauthorizedError('payment webhooks are not configured on this server');
  if (!header) throw new UnauthorizedError('missing X-Codepool-Signature');
  const parts = new Map(
    header.split(',').map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i).trim(), kv.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) throw new UnauthorizedError('malformed signature header');
  if (Math.abs(nowS - t) > SIGNATURE_TOLERANCE_S) {
    throw new UnauthorizedError('signature timestamp outside the replay window', { toleranceS: SIGNATURE_TOLERANCE_S });
  }
  const expected = mac(secret, provider, rawBody, t);
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) throw new UnauthorizedError('bad signature');
}
