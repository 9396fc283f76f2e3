import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './enums.ts';
import { users } from './users.ts';

/** One-time dashboard sign-in links the bot sends: stored hashed, short-lived, single use. */
export const loginTokens = pgTable('login_tokens', {
  id: uuid().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id),
  tokenHash: bytea().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Dashboard sessions behind the httpOnly cookie; the cookie holds a token, the row its hash. */
export const dashboardSessions = pgTable(
  'dashboard_sessions',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: bytea().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dashboard_sessions_user_idx').on(t.userId)],
);

/** The bot's conversation state per chat, in the database so any replica can take the next update. */
export const botSessions = pgTable('bot_sessions', {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
