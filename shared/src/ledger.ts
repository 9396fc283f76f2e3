import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Currency, LedgerKind } from './enums.ts';

export const LedgerEntry = z.object({
  id: Id,
  kind: LedgerKind,
  requestId: Id,
  amount: z.number().int(),
  currency: Currency,
  createdAt: Timestamp,
});

/** The seller's balance is the sum of append-only ledger rows, never a counter of its own. */
export const Ledger = z.object({
  balance: z.number().int(),
  currency: Currency,
  entries: z.array(LedgerEntry),
});
export type Ledger = z.infer<typeof Ledger>;

/** One comparison of Telegram's Stars ledger (getStarTransactions) with ours. */
export const ReconciliationRun = z.object({
  id: Id,
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  incoming: z.number().int(),
  outgoing: z.number().int(),
  matched: z.number().int(),
  recovered: z.number().int(),
  refundsReopened: z.number().int(),
  unknownRefunds: z.number().int(),
  mismatches: z.number().int(),
  /** getMyStarBalance at the time of the run: the bot's whole balance, all sellers together. */
  starBalance: z.number().int().nullable(),
});
export type ReconciliationRun = z.infer<typeof ReconciliationRun>;

/** The seller's Stars by escrow state, beside Telegram's figures from the last reconciliation. */
export const Reconciliation = z.object({
  sums: z.object({
    currency: Currency,
    /** Paid and held in escrow (not yet released or refunded). */
    held: z.number().int(),
    released: z.number().int(),
    refunded: z.number().int(),
    /** Being refunded: asked of Telegram, or waiting for a refund by hand. */
    refunding: z.number().int(),
  }),
  lastRun: ReconciliationRun.nullable(),
});
export type Reconciliation = z.infer<typeof Reconciliation>;
