import type { I18nFlavor } from '@grammyjs/i18n';
import { eq, sql } from 'drizzle-orm';
import type { Context, SessionFlavor, StorageAdapter } from 'grammy';
import type { DbOrTx } from '../db/client.ts';
import { botSessions, type UserRow } from '../db/schema/index.ts';
import type { Deps } from '../domain/context.ts';

/** What the bot is waiting for in a chat, if anything. */
export type Step =
  | { kind: 'restock'; poolId: string }
  | { kind: 'deliver'; requestId: string }
  | { kind: 'bind'; templateId: string; variantId?: string };

/** `sellerCommandsLocale`: the language the seller menu of this chat was last set in. */
export type SessionData = { step?: Step; sellerCommandsLocale?: string };

export type BotContext = Context &
  SessionFlavor<SessionData> &
  I18nFlavor & { deps: Deps; user: UserRow; miniAppUrl: string | null };

/**
 * One session per private chat, and the key `sequentialize` orders updates by: two updates
 * of a chat that ran at once would each read the session, and the later write would undo
 * the earlier. None for groups (no feature runs there, so no step can be waiting in one) nor
 * for updates without a chat (pre-checkout queries): they touch no session.
 */
export const sessionKey = (ctx: Context): string | undefined =>
  ctx.chat?.type === 'private' ? ctx.chat.id.toString() : undefined;

/** Conversation state in PostgreSQL, so any replica can take the chat's next update. */
export function sessionStorage(db: DbOrTx): StorageAdapter<SessionData> {
  return {
    read: async (key) => {
      const [row] = await db.select({ value: botSessions.value }).from(botSessions).where(eq(botSessions.key, key));
      return (row?.value as SessionData | undefined) ?? undefined;
    },
    write: async (key, value) => {
      await db
        .insert(botSessions)
        .values({ key, value })
        .onConflictDoUpdate({ target: botSessions.key, set: { value, updatedAt: sql`now()` } });
    },
    delete: async (key) => {
      await db.delete(botSessions).where(eq(botSessions.key, key));
    },
  };
}
