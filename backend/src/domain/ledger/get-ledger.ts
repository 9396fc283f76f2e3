import type { Ledger } from '@codepool/shared';
import { desc, eq, sql } from 'drizzle-orm';
import { ledgerEntries } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';

/** The seller's balance, summed from the append-only ledger, with the latest entries. */
export async function getLedger(ctx: ServiceContext, { limit = 100 } = {}): Promise<Ledger> {
  const owner = sellerId(ctx);
  const [sum] = await ctx.db
    .select({ balance: sql<number>`coalesce(sum(${ledgerEntries.amount}), 0)::bigint` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.sellerId, owner));
  const rows = await ctx.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.sellerId, owner))
    .orderBy(desc(ledgerEntries.id))
    .limit(limit);
  return {
    balance: sum?.balance ?? 0,
    currency: 'XTR',
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      requestId: r.requestId,
      amount: r.amount,
      currency: r.currency,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
