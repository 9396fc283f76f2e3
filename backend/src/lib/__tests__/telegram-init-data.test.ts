import { createHmac } from 'node:crypto';
import { sign, validate } from '@telegram-apps/init-data-node';
import { describe, expect, it } from 'vitest';
import {
  INIT_DATA_MAX_BYTES,
  signInitData,
  VERIFIED_MAX_BYTES,
  validateInitData,
  verifiedCacheStats,
} from '../telegram-init-data.ts';

const BOT = `123456789:${'T'.repeat(35)}`;
const OTHER_BOT = `987654321:${'O'.repeat(35)}`;
const MAX_AGE_S = 86_400;
const now = Math.floor(Date.now() / 1000);

/** Signs any list of pairs, repeated keys included, as Telegram's algorithm would: sorted `k=v` lines. */
function signEntries(bot: string, entries: [string, string][]): string {
  const secret = createHmac('sha256', 'WebAppData').update(bot).digest();
  const check = entries
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\n');
  const params = new URLSearchParams(entries);
  params.append('hash', createHmac('sha256', secret).update(check).digest('hex'));
  return params.toString();
}

const user = { id: 4242, first_name: 'Ann Lee', last_name: 'Lee', username: 'ann', language_code: 'en' };
const extra = {
  query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
  chat_type: 'private',
  chat_instance: '-8123',
  start_param: 'buy_x',
};
const valid = signInitData(BOT, user, { authDate: now - 60, extra });
const entriesOf = (s: string) => [...new URLSearchParams(s)];
const baseEntries = entriesOf(valid).filter(([k]) => k !== 'hash');
const validHash = new URLSearchParams(valid).get('hash') as string;
const noHash = valid.replace(/&hash=[0-9a-f]{64}/, '');
const other = (s: string) =>
  s.replace(
    validHash,
    new URLSearchParams(signInitData(OTHER_BOT, user, { authDate: now - 60, extra })).get('hash') as string,
  );
const withEntry = (k: string, v: string) =>
  signEntries(
    BOT,
    baseEntries.map(([a, b]) => [a, a === k ? v : b]),
  );
const withoutEntry = (k: string) =>
  signEntries(
    BOT,
    baseEntries.filter(([a]) => a !== k),
  );
const userJson = (u: unknown) => JSON.stringify(u);

/** Mutations of one valid init data: kept, reordered, re-encoded, padded, repeated, changed, re-signed, foreign. */
const CASES: [string, string][] = [
  ['valid as signed', valid],
  [
    'keys reversed',
    entriesOf(valid)
      .reverse()
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&'),
  ],
  ['hash first', `hash=${validHash}&${noHash}`],
  ['hash in the middle', noHash.replace('&user=', `&hash=${validHash}&user=`)],
  ['leading ?', `?${valid}`],
  ['leading #', `#${valid}`],
  ['&&& at the end', `${valid}&&&`],
  ['&&& at the start', `&&&${valid}`],
  ['&&& between pairs', valid.replaceAll('&', '&&&')],
  ['3000 × & padding', `${valid}${'&'.repeat(3000)}`],
  ['5000 × & padding', `${valid}${'&'.repeat(5000)}`],
  ['1 MB of & padding', `${valid}${'&'.repeat(1024 * 1024)}`],
  ['padding with a long unknown key', `${valid}&${'z'.repeat(6000)}=1`],
  ['second hash, same value', `${valid}&hash=${validHash}`],
  ['second hash, junk value', `${valid}&hash=${'0'.repeat(64)}`],
  ['junk hash first, valid hash last', `hash=${'0'.repeat(64)}&${valid}`],
  ['second empty hash', `${valid}&hash=`],
  ['second user, same value, not re-signed', `${valid}&user=${encodeURIComponent(userJson(user))}`],
  ['second user, other id, not re-signed', `${valid}&user=${encodeURIComponent(userJson({ ...user, id: 1 }))}`],
  ['second auth_date, not re-signed', `${valid}&auth_date=${now}`],
  ['second query_id, not re-signed', `${valid}&query_id=x`],
  ['second user, re-signed over both', signEntries(BOT, [...baseEntries, ['user', userJson({ ...user, id: 1 })]])],
  ['second auth_date, re-signed over both', signEntries(BOT, [...baseEntries, ['auth_date', String(now)]])],
  ['second start_param, re-signed over both', signEntries(BOT, [...baseEntries, ['start_param', 'other']])],
  ['user id changed', valid.replace('4242', '4243')],
  ['first name changed', valid.replace('Ann', 'Bob')],
  ['auth_date changed', valid.replace(`auth_date=${now - 60}`, `auth_date=${now - 59}`)],
  ['start_param changed', valid.replace('buy_x', 'buy_y')],
  ['extra key appended', `${valid}&x=1`],
  ['key without =', `${valid}&foo`],
  ['empty key appended', `${valid}&=abc`],
  ['query_id removed', valid.replace(/query_id=[^&]+&/, '')],
  ['user removed', valid.replace(/&user=[^&]+/, '')],
  ['hash removed', noHash],
  ['empty hash', `${noHash}&hash=`],
  ['uppercase hash', valid.replace(validHash, validHash.toUpperCase())],
  ['truncated hash', valid.replace(validHash, validHash.slice(0, 63))],
  ['hash with one more byte', valid.replace(validHash, `${validHash}00`)],
  ['zero hash', valid.replace(validHash, '0'.repeat(64))],
  ['last hash digit flipped', valid.replace(validHash, validHash.slice(0, 63) + (validHash.endsWith('0') ? '1' : '0'))],
  ['non-hex hash', valid.replace(validHash, 'g'.repeat(64))],
  ['hash with a trailing newline', `${valid}\n`],
  ['hash of another bot', other(valid)],
  ['signed by another bot', signInitData(OTHER_BOT, user, { authDate: now - 60, extra })],
  ['lowercase percent escapes', valid.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
  ['%20 instead of +', valid.replaceAll('+', '%20')],
  ['an unreserved character percent-encoded', valid.replace('query_id=A', 'query_id=%41')],
  ['the hash key percent-encoded', valid.replace('hash=', 'h%61sh=')],
  [
    'the user value raw, not encoded',
    valid.replace(
      /user=[^&]+/,
      (m) => `user=${decodeURIComponent(m.slice(5)).replaceAll('+', ' ').replaceAll('&', '%26')}`,
    ),
  ],
  ['double-encoded user', valid.replace(/user=([^&]+)/, (_m, v: string) => `user=${encodeURIComponent(v)}`)],
  ['broken escape in a value', valid.replace('buy_x', 'buy_%ZZ')],
  ['= encoded in the user pair', valid.replace('user=', 'user%3D')],
  ['& encoded between pairs', valid.replace('&user=', '%26user=')],
  [
    'unicode user, re-signed',
    signInitData(BOT, { ...user, first_name: '日本語 👍 Ünïcødé', last_name: 'Ωμέγα' }, { authDate: now - 60, extra }),
  ],
  [
    'unicode user, one letter decomposed',
    signInitData(BOT, { ...user, first_name: 'Zoë' }, { authDate: now - 60 }).replace('%C3%AB', 'e%CC%88'),
  ],
  ['NUL in a name, re-signed', signInitData(BOT, { ...user, first_name: 'A\u0000B' }, { authDate: now - 60 })],
  [
    'extra fields, re-signed',
    signInitData(BOT, user, { authDate: now - 60, extra: { ...extra, receiver: '{}', can_send_after: '10' } }),
  ],
  ['empty key, re-signed', signEntries(BOT, [...baseEntries, ['', 'abc']])],
  ['query_id removed, re-signed', withoutEntry('query_id')],
  ['auth_date removed, re-signed', withoutEntry('auth_date')],
  ['auth_date not a number, re-signed', withEntry('auth_date', 'soon')],
  ['auth_date two days old, re-signed', withEntry('auth_date', String(now - 2 * 86_400))],
  ['auth_date in the future, re-signed', withEntry('auth_date', String(now + 3600))],
  ['auth_date zero, re-signed', withEntry('auth_date', '0')],
  ['user removed, re-signed', withoutEntry('user')],
  ['user not JSON, re-signed', withEntry('user', 'not json')],
  ['user without an id, re-signed', withEntry('user', userJson({ first_name: 'Ann' }))],
  ['user with a negative id, re-signed', withEntry('user', userJson({ ...user, id: -5 }))],
  [
    'official sign()',
    sign(
      { user: { ...user, is_premium: true }, query_id: 'Q1', chat_type: 'private' } as never,
      BOT,
      new Date((now - 60) * 1000),
    ),
  ],
  ['official sign(), other bot', sign({ user, query_id: 'Q1' } as never, OTHER_BOT, new Date((now - 60) * 1000))],
  ['empty string', ''],
  ['only &', '&&&&'],
  ['garbage', '%%%'],
];

const official = (s: string) => {
  try {
    validate(s, BOT, { expiresIn: MAX_AGE_S });
    return true;
  } catch {
    return false;
  }
};
const ours = (s: string) => {
  try {
    validateInitData(s, BOT, MAX_AGE_S);
    return true;
  } catch {
    return false;
  }
};

/**
 * Where Codepool is stricter than Telegram's validator, on purpose: longer than 4 KB, a key
 * repeated (the official one lets the last `hash` win and signs repeated keys), or signed
 * data without a user we can identify (a Mini App call always names its user).
 */
function byDesign(s: string): string | null {
  if (s.length > INIT_DATA_MAX_BYTES) return 'too long';
  const keys = [...new URLSearchParams(s).keys()];
  if (new Set(keys).size !== keys.length) return 'repeated key';
  try {
    const u = JSON.parse(new URLSearchParams(s).get('user') ?? 'null');
    if (!Number.isInteger(u?.id) || u.id <= 0 || typeof u.first_name !== 'string') return 'no user';
  } catch {
    return 'no user';
  }
  return null;
}

describe('init data, against Telegram’s official validator as the oracle', () => {
  it('decides like validate() of @telegram-apps/init-data-node on every mutation, stricter only by design', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const tally = { agree: 0, stricter: 0, officialAccepts: 0 };
    for (const [name, s] of CASES) {
      const theirs = official(s);
      const mine = ours(s);
      if (theirs) tally.officialAccepts++;
      // Never more lenient than Telegram: what it refuses, we refuse.
      if (!theirs) expect(mine, `${name}: the official validator refuses it`).toBe(false);
      else expect(mine, `${name}: ${byDesign(s) ?? 'the official validator accepts it'}`).toBe(byDesign(s) === null);
      if (mine === theirs) tally.agree++;
      else tally.stricter++;
    }
    // The set exercises both answers, and the by-design differences stay few.
    expect(tally.officialAccepts).toBeGreaterThanOrEqual(20);
    expect(tally.stricter).toBeLessThanOrEqual(15);
  });

  it('refuses a second hash whatever its place, which the first-wins parse once let through', () => {
    expect(ours(`${valid}&hash=${'0'.repeat(64)}`)).toBe(false);
    expect(ours(`hash=${'0'.repeat(64)}&${valid}`)).toBe(false);
    expect(ours(valid)).toBe(true);
  });

  it('remembers by the verified hash: padded copies of one init data add nothing and are refused past 4 KB', () => {
    ours(valid);
    const before = verifiedCacheStats();
    for (let i = 1; i <= 200; i++) ours(`${valid}${'&'.repeat(i)}`);
    expect(verifiedCacheStats().entries).toBe(before.entries);
    expect(verifiedCacheStats().bytes).toBe(before.bytes);
    expect(() => validateInitData(`${valid}${'&'.repeat(1024 * 1024)}`, BOT, MAX_AGE_S)).toThrow(/longer than 4096/);
  });

  it('keeps the remembered signatures within their byte bound however many valid users arrive', () => {
    const bigExtra = { start_param: 'p'.repeat(3000) };
    let seen = 0;
    for (let id = 1; id <= 4000; id++) {
      const s = signInitData(BOT, { id, first_name: `U${id}` }, { authDate: now, extra: bigExtra });
      expect(ours(s)).toBe(true);
      seen += s.length;
      expect(verifiedCacheStats().bytes).toBeLessThanOrEqual(VERIFIED_MAX_BYTES);
    }
    expect(seen * 2).toBeGreaterThan(VERIFIED_MAX_BYTES); // more than the bound was offered
    // Recent entries stay, so a busy user keeps the fast path.
    expect(ours(signInitData(BOT, { id: 4000, first_name: 'U4000' }, { authDate: now, extra: bigExtra }))).toBe(true);
  });
});
