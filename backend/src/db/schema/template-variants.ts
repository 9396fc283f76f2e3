import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { buyerLimitPeriod } from './enums.ts';
import { pools } from './pools.ts';
import { templates } from './templates.ts';

/**
 * What a buyer actually picks: a listing's denomination or region, with its own price, pool,
 * cap and rules. A listing made before variants has one, titled "Standard", under the listing's
 * own id. `sold_count` is the units of its requests in SOLD_STATUSES; the database refuses a
 * count over the cap, so no code path can oversell it.
 */
export const templateVariants = pgTable(
  'template_variants',
  {
    id: uuid().primaryKey(),
    templateId: uuid()
      .notNull()
      .references(() => templates.id),
    position: integer().notNull().default(0),
    title: text().notNull(),
    price: integer().notNull(),
    poolId: uuid().references(() => pools.id),
    /** The variant's cap on units ever sold; null is unlimited. */
    maxQuantity: integer(),
    soldCount: integer().notNull().default(0),
    minPerOrder: integer().notNull().default(1),
    maxPerOrder: integer().notNull().default(1),
    buyerLimitCount: integer(),
    buyerLimitPeriod: buyerLimitPeriod(),
    active: boolean().notNull().default(true),
    /** Removed by the seller after it sold: kept for its requests, never shown or sold again. */
    removedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('template_variants_template_idx').on(t.templateId, t.position),
    index('template_variants_pool_idx').on(t.poolId),
    check(
      'template_variants_sold_within_cap',
      sql`${t.soldCount} >= 0 and ${t.soldCount} <= coalesce(${t.maxQuantity}, ${t.soldCount})`,
    ),
    check('template_variants_per_order', sql`${t.minPerOrder} >= 1 and ${t.minPerOrder} <= ${t.maxPerOrder}`),
    check('template_variants_limit_whole', sql`(${t.buyerLimitCount} is null) = (${t.buyerLimitPeriod} is null)`),
  ],
);
export type TemplateVariantRow = typeof templateVariants.$inferSelect;
