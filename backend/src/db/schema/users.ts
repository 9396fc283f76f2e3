import { bigint, boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid().primaryKey(),
  telegramId: bigint({ mode: 'number' }).notNull().unique(),
  firstName: text().notNull(),
  lastName: text(),
  username: text(),
  languageCode: text(),
  isSeller: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type UserRow = typeof users.$inferSelect;
