import type { DbOrTx } from '../../db/client.ts';
import type { UserRow } from '../../db/schema/index.ts';
import { type TelegramUser, upsertTelegramUser } from './upsert-telegram-user.ts';

const FRESH_MS = 30_000;
const MAX_ENTRIES = 50_000;

type Entry = { user: UserRow; key: string; at: number };

/**
 * Mini App calls carry the user's Telegram identity on every request; writing it back each
 * time would put a database write in front of every read. Known users are kept for 30 s,
 * and written again when their names change or the entry is stale.
 */
export function createTelegramUserCache(db: DbOrTx) {
  const entries = new Map<number, Entry>();
  return {
    async resolve(tg: TelegramUser): Promise<UserRow> {
      const key = `${tg.first_name}\u0000${tg.last_name ?? ''}\u0000${tg.username ?? ''}\u0000${tg.language_code ?? ''}`;
      const hit = entries.get(tg.id);
      if (hit && hit.key === key && Date.now() - hit.at < FRESH_MS) return hit.user;
      const user = await upsertTelegramUser(db, tg);
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(tg.id, { user, key, at: Date.now() });
      return user;
    },
    /** A change made elsewhere (becoming a seller) must not wait for the entry to go stale. */
    forget(telegramId: number) {
      entries.delete(telegramId);
    },
  };
}
export type TelegramUserCache = ReturnType<typeof createTelegramUserCache>;

const caches = new WeakMap<DbOrTx, TelegramUserCache>();

/**
 * The one cache of a database handle: HTTP routes and socket handshakes on it share it, so a
 * socket's connect is a read like an HTTP call's, and a change one of them forgets (becoming
 * a seller) is forgotten for both.
 */
export function telegramUserCache(db: DbOrTx): TelegramUserCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = createTelegramUserCache(db);
    caches.set(db, cache);
  }
  return cache;
}
