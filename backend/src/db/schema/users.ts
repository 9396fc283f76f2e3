import { bigint, boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid().primaryKey(),
  telegramId: bigint({ mode: 'number' }).notNull().unique(),
  firstName: text().notNull(),
  lastName: text(),
  username: text(),
  languageCode: text(),
  /** The language the user chose (`/language`, the Mini App, the dashboard); null follows `languageCode`. */
  locale: text(),
  isSeller: boolean().notNull().default(false),
  /** Set when Telegram says the user blocked the bot; cleared when they write to it again. */
  blockedAt: timestamp({ withTimezone: true }),
  /** Seller settings; null means the server default. */
  disputeWindowH: integer(),
  disputeResponseH: integer(),
  /** Share of delivered items disputed as invalid (per batch or supplier) that pauses a pool. */
  invalidDisputeLimitPct: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type UserRow = typeof users.$inferSelect;
