import { index, integer, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { currency, ledgerKind } from './enums.ts';
import { escrowPayments } from './escrow.ts';
import { purchaseRequests } from './purchase-requests.ts';
import { users } from './users.ts';

/** Append-only: a seller's balance is the sum of these rows. One credit per released escrow. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid().primaryKey(),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    kind: ledgerKind().notNull(),
    requestId: uuid()
      .notNull()
      .references(() => purchaseRequests.id),
    escrowPaymentId: uuid()
      .notNull()
      .references(() => escrowPayments.id),
    amount: integer().notNull(),
    currency: currency().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_escrow_kind_uq').on(t.escrowPaymentId, t.kind),
    index('ledger_seller_idx').on(t.sellerId, t.id),
  ],
);
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
