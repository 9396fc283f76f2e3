import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const TelegramUserJson = z.object({
  id: z.number().int().positive(),
  first_name: z.string().max(256),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(16).optional(),
});
export type InitDataUser = z.infer<typeof TelegramUserJson>;

export class InitDataError extends Error {}

function secretKey(botToken: string): Buffer {
  return createHmac('sha256', 'WebAppData').update(botToken).digest();
}

function dataCheckString(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([k]) => k !== 'hash')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/**
 * Checks Mini App init data as Telegram specifies: HMAC-SHA256 over the sorted
 * `key=value` lines with a key derived from the bot token, and an auth_date no older
 * than `maxAgeS`. Data signed for another bot fails the HMAC like a forgery does.
 */
export function validateInitData(raw: string, botToken: string, maxAgeS: number, nowS = Date.now() / 1000) {
  const params = new URLSearchParams(raw);
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) throw new InitDataError('init data has no valid hash');
  const expected = createHmac('sha256', secretKey(botToken)).update(dataCheckString(params)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) throw new InitDataError('init data signature is invalid');
  const authDate = Number(params.get('auth_date'));
  if (!Number.isInteger(authDate) || authDate <= 0) throw new InitDataError('init data has no auth_date');
  if (nowS - authDate > maxAgeS) throw new InitDataError('init data is too old; reopen the app');
  let user: InitDataUser;
  try {
    user = TelegramUserJson.parse(JSON.parse(params.get('user') ?? 'null'));
  } catch {
    throw new InitDataError('init data has no valid user');
  }
  return { user, authDate };
}

/** Builds init data the way Telegram signs it. For tests, the demo and benchmarks. */
export function signInitData(
  botToken: string,
  user: InitDataUser,
  { authDate = Math.floor(Date.now() / 1000), extra = {} }: { authDate?: number; extra?: Record<string, string> } = {},
): string {
  const params = new URLSearchParams({ ...extra, auth_date: String(authDate), user: JSON.stringify(user) });
  params.set('hash', createHmac('sha256', secretKey(botToken)).update(dataCheckString(params)).digest('hex'));
  return params.toString();
}
