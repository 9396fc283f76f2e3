import type { SupplierQuote } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, supplierKind, supplierMode, supplierSourceStatus } from './enums.ts';
import { pools } from './pools.ts';
import { users } from './users.ts';

const at = () => timestamp({ withTimezone: true });

/**
 * A pool's supplier: how it buys what it does not hold. One live row per pool (a pool with
 * none sells its own stock only); a removed source keeps its row for the orders that name it.
 */
export const supplierSources = pgTable(
  'supplier_sources',
  {
    id: uuid().primaryKey(),
    poolId: uuid()
      .notNull()
      .references(() => pools.id),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    mode: supplierMode().notNull(),
    kind: supplierKind().notNull(),
    productId: text().notNull(),
    baseUrl: text().notNull(),
    currency: text().notNull(),
    maxUnitCost: integer().notNull(),
    waitMinutes: integer().notNull().default(15),
    backfillThreshold: integer().notNull().default(0),
    backfillQuantity: integer().notNull().default(10),
    dailySpendCap: integer().notNull().default(0),
    /** The credentials as JSON, sealed by the key ring with the source's id as AAD (crypto/secrets.ts). */
    credentials: bytea(),
    credentialsKeyVersion: integer(),
    /** Kinguin: SHA-256 of the X-Event-Secret its webhooks carry. */
    webhookSecretHash: bytea(),
    status: supplierSourceStatus().notNull().default('active'),
    pausedReason: text(),
    pausedAt: at(),
    /** The last price and availability seen (pre-checkout answers from it, never from the supplier). */
    quote: jsonb().$type<SupplierQuote>(),
    /** The supplier's own `updatedAt` of the product event behind `quote`: older events are ignored. */
    quoteUpdatedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
    removedAt: at(),
  },
  (t) => [
    uniqueIndex('supplier_sources_pool_live_uq').on(t.poolId).where(sql`removed_at IS NULL`),
    index('supplier_sources_seller_idx').on(t.sellerId),
  ],
);
export type SupplierSourceRow = typeof supplierSources.$inferSelect;
