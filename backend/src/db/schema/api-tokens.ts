import type { ApiTokenScope } from '@codepool/shared';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './enums.ts';
import { users } from './users.ts';

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: bytea().notNull().unique(),
    scopes: text().array().$type<ApiTokenScope[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
export type ApiTokenRow = typeof apiTokens.$inferSelect;
