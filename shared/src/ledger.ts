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
