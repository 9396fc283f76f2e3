import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { escrowPayments } from './escrow.ts';

/**
 * Telegram's own record of the bot's Stars (getStarTransactions), copied once per
 * transaction and per direction: an incoming payment and its refund share an id.
 */
export const starTransactions = pgTable(
  'star_transactions',
  {
    id: text().notNull(),
    /** in: a user paid the bot; out: the bot paid a user back (a refund). */
    direction: text().$type<'in' | 'out'>().notNull(),
    amount: integer().notNull(),
    date: timestamp({ withTimezone: true }).notNull(),
    userTelegramId: bigint({ mode: 'number' }),
    invoicePayload: text(),
    /** The charge row this transaction matched; null while unmatched. */
    escrowPaymentId: uuid().references(() => escrowPayments.id),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('star_tx_escrow_idx').on(t.escrowPaymentId),
    // id + direction is the key: a refund carries the id of the payment it returns.
    primaryKey({ columns: [t.id, t.direction] }),
  ],
);

/** One row per reconciliation run: what was compared and what disagreed. */
export const reconciliationRuns = pgTable('reconciliation_runs', {
  id: uuid().primaryKey(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
  incoming: integer().notNull().default(0),
  outgoing: integer().notNull().default(0),
  matched: integer().notNull().default(0),
  /** Payments Telegram holds that we never saw (lost updates), now recorded. */
  recovered: integer().notNull().default(0),
  /** Refunds we recorded that Telegram does not have: back to refund_pending. */
  refundsReopened: integer().notNull().default(0),
  /** Refunds Telegram made that we never asked for. */
  unknownRefunds: integer().notNull().default(0),
  mismatches: integer().notNull().default(0),
  /** getMyStarBalance at the time of the run. */
  starBalance: integer(),
  details: jsonb().$type<{ kind: string; transactionId?: string; escrowPaymentId?: string }[]>().notNull().default([]),
  error: text(),
});
export type ReconciliationRunRow = typeof reconciliationRuns.$inferSelect;
