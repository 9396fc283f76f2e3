import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { currency, escrowStatus } from './enums.ts';
import { purchaseRequests } from './purchase-requests.ts';

export const escrowPayments = pgTable(
  'escrow_payments',
  {
    id: uuid().primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => purchaseRequests.id)
      .unique(),
    provider: text().notNull(),
    providerChargeId: text().notNull(),
    amount: integer().notNull(),
    currency: currency().notNull(),
    status: escrowStatus().notNull().default('funded'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp({ withTimezone: true }),
    refundedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('escrow_provider_charge_uq').on(t.provider, t.providerChargeId)],
);
export type EscrowPaymentRow = typeof escrowPayments.$inferSelect;

/** Every payment event received, once: the unique key makes webhook deliveries idempotent. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: uuid().primaryKey(),
    provider: text().notNull(),
    externalId: text().notNull(),
    eventType: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    processedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('payment_events_uq').on(t.provider, t.externalId, t.eventType)],
);
