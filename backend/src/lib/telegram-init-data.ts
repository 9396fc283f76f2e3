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

const secretKeys = new Map<string, Buffer>();

function secretKey(botToken: string): Buffer {
  let key = secretKeys.get(botToken);
  if (!key) {
    key = createHmac('sha256', 'WebAppData').update(botToken).digest();
    secretKeys.set(botToken, key);
  }
  return key;
}

/**
 * A Mini App sends the same init data on every call of a session. Data whose signature
 * checked out is remembered by its exact text (and bot), so the next call skips the parse
 * and the HMAC; its age is still checked every time. Only valid data is ever remembered.
 */
const verified = new Map<string, { user: InitDataUser; authDate: number }>();
const VERIFIED_MAX = 10_000;

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
  const cacheKey = `${botToken}\n${raw}`;
  let checked = verified.get(cacheKey);
  if (!checked) {
    checked = checkSignature(raw, botToken);
    if (verified.size >= VERIFIED_MAX) verified.clear();
    verified.set(cacheKey, checked);
  }
  if (nowS - checked.authDate > maxAgeS) throw new InitDataError('init data is too old; reopen the app');
  return checked;
}

/** The signature, the auth_date and the user: everything about init data that never changes. */
function checkSignature(raw: string, botToken: string) {
  const params = new URLSearchParams(raw);
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) throw new InitDataError('init data has no valid hash');
  const expected = createHmac('sha256', secretKey(botToken)).update(dataCheckString(params)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) throw new InitDataError('init data signature is invalid');
  const authDate = Number(params.get('auth_date'));
  if (!Number.isInteger(authDate) || authDate <= 0) throw new InitDataError('init data has no auth_date');
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
