import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { currency } from './enums.ts';
import { pools } from './pools.ts';
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
    price: integer().notNull(),
    currency: currency().notNull().default('XTR'),
    maxQuantity: integer().notNull().default(1),
    instructions: text().notNull().default(''),
    defaultPoolId: uuid().references(() => pools.id),
    active: boolean().notNull().default(true),
    autoPause: boolean().notNull().default(true),
    autoPaused: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('templates_seller_idx').on(t.sellerId), index('templates_pool_idx').on(t.defaultPoolId)],
);
export type TemplateRow = typeof templates.$inferSelect;
