import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { drawableText } from '../drawable.ts';
import { bytea, itemStatus } from './enums.ts';
import { pools } from './pools.ts';
import { purchaseRequests } from './purchase-requests.ts';

const at = () => timestamp({ withTimezone: true });

export const poolItems = pgTable(
  'pool_items',
  {
    id: uuid().primaryKey(),
    poolId: uuid().notNull(),
    /** The pool's seller, kept on the row for the per-seller duplicate index; the key below holds it true. */
    sellerId: uuid().notNull(),
    status: itemStatus().notNull().default('available'),
    /** iv (12) ‖ tag (16) ‖ AES-256-GCM ciphertext of the fields, AAD bound to pool and item ids. */
    ciphertext: bytea().notNull(),
    keyVersion: integer().notNull(),
    /** HMAC-SHA256 of the normalised primary field under the fingerprint key. */
    fingerprint: bytea().notNull(),
    maskedPreview: text().notNull(),
    expiresAt: at(),
    cost: integer(),
    supplier: text(),
    /**
     * The import that brought the item in. No foreign key: the batch row is written in the
     * same transaction by the only code that sets this, and a per-row check would be the
     * largest single cost of importing a million codes.
     */
    importBatchId: uuid(),
    purchaseRequestId: uuid().references(() => purchaseRequests.id),
    createdAt: at().notNull().defaultNow(),
    reservedAt: at(),
    deliveredAt: at(),
    revealedAt: at(),
    statusChangedAt: at(),
  },
  (t) => [
    // One check per row for both: the pool exists and the row's seller is the pool's seller.
    foreignKey({ columns: [t.poolId, t.sellerId], foreignColumns: [pools.id, pools.sellerId] }).onDelete('restrict'),
    // A withdrawn item (an undone import, a mistake) may come back; anything else is a duplicate.
    // Fingerprint first: the same index answers "does another seller hold this code?" too.
    uniqueIndex('pool_items_fingerprint_seller_uq').on(t.fingerprint, t.sellerId).where(sql`status <> 'withdrawn'`),
    // The draw: soonest-expiring first, then oldest. What it holds and the order are db/drawable.ts.
    index('pool_items_draw_idx')
      .on(t.poolId, t.expiresAt.asc().nullsLast(), t.createdAt, t.id)
      .where(sql.raw(drawableText.inStock())),
    // Everything else a seller reads of a pool (counts, pages by status) leads with the seller,
    // so the draw index is the only one that leads with the pool: the planner cannot trade it
    // for a sort of the pool's whole stock when its statistics lag a big import.
    index('pool_items_seller_pool_status_idx').on(t.sellerId, t.poolId, t.status, t.id),
    // Most items are stock no request holds yet; they need no entry here.
    index('pool_items_request_idx').on(t.purchaseRequestId).where(sql`purchase_request_id IS NOT NULL`),
    index('pool_items_batch_idx').on(t.importBatchId),
  ],
);
export type PoolItemRow = typeof poolItems.$inferSelect;
