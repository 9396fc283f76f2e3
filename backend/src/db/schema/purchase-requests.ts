import { sql } from 'drizzle-orm';
import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { currency, requestStatus } from './enums.ts';
import { pools } from './pools.ts';
import { templateVariants } from './template-variants.ts';
import { templates } from './templates.ts';
import { users } from './users.ts';

const at = () => timestamp({ withTimezone: true });

export const purchaseRequests = pgTable(
  'purchase_requests',
  {
    id: uuid().primaryKey(),
    templateId: uuid()
      .notNull()
      .references(() => templates.id),
    variantId: uuid()
      .notNull()
      .references(() => templateVariants.id),
    buyerId: uuid()
      .notNull()
      .references(() => users.id),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The pool the items were (or are awaited to be) drawn from; set at fulfillment. */
    poolId: uuid().references(() => pools.id),
    quantity: integer().notNull(),
    /** Items replaced after disputes; capped at the quantity bought. */
    replacements: integer().notNull().default(0),
    unitPrice: integer().notNull(),
    total: integer().notNull(),
    currency: currency().notNull(),
    status: requestStatus().notNull().default('pending_payment'),
    createdAt: at().notNull().defaultNow(),
    expiresAt: at(),
    fundedAt: at(),
    awaitingStockAt: at(),
    /** Moved to preparing: what the pool lacked is being bought from its supplier. */
    preparingAt: at(),
    deliveredAt: at(),
    completedAt: at(),
    cancelledAt: at(),
    refundedAt: at(),
    disputedAt: at(),
    disputeWindowEndsAt: at(),
    manualNotifiedAt: at(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('requests_buyer_idx').on(t.buyerId, t.id),
    index('requests_seller_idx').on(t.sellerId, t.id),
    index('requests_backorder_idx').on(t.poolId, t.awaitingStockAt, t.id).where(sql`status = 'awaiting_stock'`),
    index('requests_status_idx').on(t.status),
    // A buyer's units of a variant over a period: the per-buyer limit, counted in the funding transaction.
    index('requests_buyer_variant_idx').on(t.buyerId, t.variantId, t.fundedAt),
  ],
);
export type PurchaseRequestRow = typeof purchaseRequests.$inferSelect;
