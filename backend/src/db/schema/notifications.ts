import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notificationKind, notificationStatus } from './enums.ts';
import { users } from './users.ts';

/** The outbox: the bot sends from here, so a message is queued in the same transaction as its cause. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id),
    kind: notificationKind().notNull(),
    /** Ids and counts only; the sender renders the text. */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Same key, one row: how "once per crossing" and "once per request" are kept under races. */
    dedupeKey: text().unique(),
    status: notificationStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    /** A chat's queue in order: the dispatcher takes only its head, so a chat's messages keep their order. */
    index('notifications_chat_queue_idx').on(t.recipientId, t.id).where(sql`status = 'pending'`),
  ],
);
export type NotificationRow = typeof notifications.$inferSelect;
