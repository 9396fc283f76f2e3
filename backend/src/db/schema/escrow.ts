import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { currency, escrowStatus } from './enums.ts';
import { purchaseRequests } from './purchase-requests.ts';

export const escrowPayments = pgTable(
  'escrow_payments',
  {
    id: uuid().primaryKey(),
    /**
     * One row per charge, not per request: a second charge for the same request (two devices,
     * a late payment) is its own row, refunded by its own charge id. Null when the charge names
     * no request we know (still recorded, still refunded).
     */
    requestId: uuid().references(() => purchaseRequests.id),
    provider: text().notNull(),
    providerChargeId: text().notNull(),
    amount: integer().notNull(),
    currency: currency().notNull(),
    status: escrowStatus().notNull().default('funded'),
    /** Who paid, as the provider knows them: Telegram refunds name the user. */
    payerTelegramId: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp({ withTimezone: true }),
    refundedAt: timestamp({ withTimezone: true }),
    /** The refund outbox: a refund the provider has not confirmed is retried from here. */
    refundAttempts: integer().notNull().default(0),
    refundNextAttemptAt: timestamp({ withTimezone: true }),
    refundLastError: text(),
    /** Why this charge is being given back, when the request could not take it. */
    refundReason: text(),
  },
  (t) => [
    uniqueIndex('escrow_provider_charge_uq').on(t.provider, t.providerChargeId),
    index('escrow_request_idx').on(t.requestId),
    // At most one charge holds a request's escrow; the others are refunds.
    uniqueIndex('escrow_request_held_uq').on(t.requestId).where(sql`status in ('funded', 'released')`),
    index('escrow_refund_due_idx').on(t.refundNextAttemptAt).where(sql`status = 'refund_pending'`),
  ],
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
