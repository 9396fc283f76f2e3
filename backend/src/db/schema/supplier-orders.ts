import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { supplierOrderPurpose, supplierOrderStatus } from './enums.ts';
import { pools } from './pools.ts';
import { purchaseRequests } from './purchase-requests.ts';
import { supplierSources } from './supplier-sources.ts';
import { users } from './users.ts';

const at = () => timestamp({ withTimezone: true });

/**
 * One purchase from a supplier: for one sale, or one restock batch. Written in the same
 * transaction as the decision that needs it, with the durable job that drives it.
 */
export const supplierOrders = pgTable(
  'supplier_orders',
  {
    id: uuid().primaryKey(),
    /**
     * What the supplier knows the order by (Kinguin's orderExternalId, the seller server's
     * orderId): the idempotency key. Equal to `id` until a seller retries a failed restock,
     * which is a new purchase and so gets a new key.
     */
    externalId: uuid().notNull(),
    sourceId: uuid()
      .notNull()
      .references(() => supplierSources.id),
    poolId: uuid()
      .notNull()
      .references(() => pools.id),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: supplierOrderPurpose().notNull(),
    requestId: uuid().references(() => purchaseRequests.id),
    quantity: integer().notNull(),
    status: supplierOrderStatus().notNull().default('pending'),
    supplierOrderId: text(),
    /** Calls to the supplier that failed and were retried, and polls made. */
    attempts: integer().notNull().default(0),
    polls: integer().notNull().default(0),
    unitCost: integer(),
    totalCost: integer(),
    currency: text().notNull(),
    keysReceived: integer().notNull().default(0),
    /** Keys the supplier sent that this seller already holds: flagged, never delivered. */
    duplicateKeys: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: at(),
    /** A sale waits for keys until then; afterwards it is delivered from own stock or refunded. */
    deadlineAt: at(),
    /** The supplier's own `updatedAt` of the newest state seen: older webhook events are ignored. */
    supplierUpdatedAt: at(),
    importBatchId: uuid(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
    finishedAt: at(),
  },
  (t) => [
    uniqueIndex('supplier_orders_external_uq').on(t.externalId),
    // One sale never makes two supplier orders.
    uniqueIndex('supplier_orders_request_uq').on(t.requestId).where(sql`request_id IS NOT NULL`),
    // At most one restock in flight per pool: a threshold crossing orders once.
    uniqueIndex('supplier_orders_backfill_open_uq')
      .on(t.poolId)
      .where(sql`purpose = 'backfill' AND status IN ('pending', 'placing', 'processing')`),
    index('supplier_orders_pool_idx').on(t.poolId, t.id),
    index('supplier_orders_source_idx').on(t.sourceId, t.id),
  ],
);
export type SupplierOrderRow = typeof supplierOrders.$inferSelect;
