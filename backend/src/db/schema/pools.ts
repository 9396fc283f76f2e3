import type { FieldDef } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { deliveryType, normalisationRule } from './enums.ts';
import { users } from './users.ts';

export const pools = pgTable(
  'pools',
  {
    id: uuid().primaryKey(),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    deliveryType: deliveryType().notNull(),
    /** The resolved field schema (built-in or the seller's own), fixed at creation. */
    fields: jsonb().$type<FieldDef[]>().notNull(),
    lowStockThreshold: integer().notNull().default(0),
    normalisation: normalisationRule().notNull().default('trim'),
    externalSource: jsonb().$type<Record<string, unknown>>(),
    /** Set when a low-stock alert went out; cleared when stock rises above the threshold again. */
    lowStockAlerted: boolean().notNull().default(false),
    /** Paused pools sell nothing: set when too many items were disputed as invalid. */
    pausedAt: timestamp({ withTimezone: true }),
    pausedReason: text(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pools_seller_idx').on(t.sellerId),
    // The target of pool_items' (pool, seller) key.
    uniqueIndex('pools_id_seller_uq').on(t.id, t.sellerId),
    uniqueIndex('pools_seller_name_live_uq').on(t.sellerId, t.name).where(sql`archived_at IS NULL`),
  ],
);
export type PoolRow = typeof pools.$inferSelect;
