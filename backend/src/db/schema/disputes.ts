import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { disputeReason, disputeStatus } from './enums.ts';
import { purchaseRequests } from './purchase-requests.ts';
import { users } from './users.ts';

export const disputes = pgTable(
  'disputes',
  {
    id: uuid().primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => purchaseRequests.id),
    buyerId: uuid()
      .notNull()
      .references(() => users.id),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    reason: disputeReason().notNull(),
    text: text().notNull().default(''),
    itemIds: uuid().array().notNull(),
    status: disputeStatus().notNull().default('open'),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondBy: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    replacementItemIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    // One open dispute per request at a time.
    uniqueIndex('disputes_open_uq').on(t.requestId).where(sql`status = 'open'`),
    index('disputes_due_idx').on(t.respondBy).where(sql`status = 'open'`),
    index('disputes_seller_idx').on(t.sellerId, t.id),
  ],
);
export type DisputeRow = typeof disputes.$inferSelect;
