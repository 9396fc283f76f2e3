import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { currency } from './enums.ts';
import { users } from './users.ts';

export const templates = pgTable(
  'templates',
  {
    id: uuid().primaryKey(),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    currency: currency().notNull().default('XTR'),
    /** The listing's cap across its variants; null is unlimited. */
    maxQuantity: integer(),
    soldCount: integer().notNull().default(0),
    instructions: text().notNull().default(''),
    active: boolean().notNull().default(true),
    autoPause: boolean().notNull().default(true),
    autoPaused: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('templates_seller_idx').on(t.sellerId),
    check(
      'templates_sold_within_cap',
      sql`${t.soldCount} >= 0 and ${t.soldCount} <= coalesce(${t.maxQuantity}, ${t.soldCount})`,
    ),
  ],
);
export type TemplateRow = typeof templates.$inferSelect;
