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

/**
 * The longest init data we read. Telegram's own, for the launch modes Codepool uses (menu
 * button, keyboard button, direct link), is a user object (two names of at most 64 UTF-16
 * units each, percent-encoded at up to 9 characters a unit, a username, a photo URL: about
 * 1.5 KB at worst), a start_param of at most 512 characters, and about 300 characters of
 * query_id, auth_date, chat_type, chat_instance, signature and hash: about 2.3 KB in the
 * worst case, 0.5 KB typically. 4 KB leaves headroom and keeps every check of init data a
 * few microseconds of work, whatever a caller sends.
 */
export const INIT_DATA_MAX_BYTES = 4096;

/**
 * The remembered signatures may hold at most this many bytes (and entries): enough for
 * every Mini App user active within a few minutes on a busy shop, bounded whatever is sent.
 */
export const VERIFIED_MAX_BYTES = 8 * 1024 * 1024;
const VERIFIED_MAX_ENTRIES = 20_000;
/** A Map entry's own cost beyond its strings, roughly: the entry, the value object, the user. */
const ENTRY_OVERHEAD_BYTES = 256;

const secretKeys = new Map<string, Buffer>();

function secretKey(botToken: string): Buffer {
  let key = secretKeys.get(botToken);
  if (!key) {
    key = createHmac('sha256', 'WebAppData').update(botToken).digest();
    secretKeys.set(botToken, key);
  }
  return key;
}

type Checked = { user: InitDataUser; authDate: number };
type Remembered = Checked & { checkString: string; bytes: number };

/**
 * A Mini App sends the same init data on every call of a session. Data whose signature
 * checked out is remembered by its verified hash (and bot) with the exact string that was
 * signed, so the next call with the same signed content skips the HMAC and the user's JSON;
 * its age is still checked every time. Only valid data is ever remembered, the key is a
 * fixed 64 characters whatever the caller pads, and the whole is bounded in bytes: the
 * oldest entries go first.
 */
const verified = new Map<string, Remembered>();
let verifiedBytes = 0;

/** How much the remembered signatures hold, for tests and metrics. */
export function verifiedCacheStats() {
  return { entries: verified.size, bytes: verifiedBytes, maxBytes: VERIFIED_MAX_BYTES };
}

function remember(key: string, entry: Remembered) {
  const old = verified.get(key);
  if (old) {
    verified.delete(key);
    verifiedBytes -= old.bytes;
  }
  while (
    verified.size > 0 &&
    (verifiedBytes + entry.bytes > VERIFIED_MAX_BYTES || verified.size >= VERIFIED_MAX_ENTRIES)
  ) {
    const [oldestKey, oldest] = verified.entries().next().value as [string, Remembered];
    verified.delete(oldestKey);
    verifiedBytes -= oldest.bytes;
  }
  verified.set(key, entry);
  verifiedBytes += entry.bytes;
}

/**
 * Parses init data strictly: every key once. `URLSearchParams` would let a second `hash=`
 * or `user=` through (Telegram's official validator takes the last `hash`, ours took the
 * first), so the same signature could stand for different texts. Empty `&` segments carry
 * nothing and are skipped, as Telegram's validator does; the size cap bounds them.
 */
function parseStrict(raw: string): { hash: string; checkString: string; params: Map<string, string> } {
  if (raw.length > INIT_DATA_MAX_BYTES)
    throw new InitDataError(`init data is longer than ${INIT_DATA_MAX_BYTES} bytes`);
  const params = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(raw)) {
    if (params.has(k)) throw new InitDataError('init data repeats a key');
    params.set(k, v);
  }
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) throw new InitDataError('init data has no valid hash');
  params.delete('hash');
  return { hash, checkString: dataCheckString(params), params };
}

function dataCheckString(params: Iterable<[string, string]>): string {
  return [...params]
    .filter(([k]) => k !== 'hash')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/**
 * Checks Mini App init data as Telegram specifies: HMAC-SHA256 over the sorted
 * `key=value` lines with a key derived from the bot token, and an auth_date no older
 * than `maxAgeS`. Data signed for another bot fails the HMAC like a forgery does.
 * Stricter than Telegram's validator by design: data longer than INIT_DATA_MAX_BYTES,
 * a repeated key, or signed data without a user is refused.
 */
export function validateInitData(raw: string, botToken: string, maxAgeS: number, nowS = Date.now() / 1000): Checked {
  const { hash, checkString, params } = parseStrict(raw);
  const cacheKey = `${botToken}\n${hash}`;
  let checked: Checked | undefined = verified.get(cacheKey);
  // The same hash over another text is not the signed data: check it in full (it fails).
  if (!checked || (checked as Remembered).checkString !== checkString) {
    checked = checkSignature(hash, checkString, params, botToken);
    remember(cacheKey, {
      ...checked,
      checkString,
      bytes: 2 * (cacheKey.length + checkString.length) + ENTRY_OVERHEAD_BYTES,
    });
  }
  if (nowS - checked.authDate > maxAgeS) throw new InitDataError('init data is too old; reopen the app');
  return { user: checked.user, authDate: checked.authDate };
}

/** The signature, the auth_date and the user: everything about init data that never changes. */
function checkSignature(hash: string, checkString: string, params: Map<string, string>, botToken: string): Checked {
  const expected = createHmac('sha256', secretKey(botToken)).update(checkString).digest();
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
