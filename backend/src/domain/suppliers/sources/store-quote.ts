import type { SupplierQuote } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';

/**
 * Records a source's price and availability snapshot (what pre-checkout answers from). With
 * `updatedAt` (a product.update event's own time) an older snapshot never replaces a newer
 * one, so events that arrive out of order settle on the latest. Returns whether it was stored.
 */
export async function storeQuote(
  db: DbOrTx,
  { sourceId, quote, updatedAt }: { sourceId: string; quote: SupplierQuote; updatedAt?: Date | null },
): Promise<boolean> {
  const at = updatedAt ?? new Date(quote.checkedAt);
  const { rows } = await db.execute<{ id: string }>(sql`
    UPDATE supplier_sources SET quote = ${JSON.stringify(quote)}::jsonb, quote_updated_at = ${at.toISOString()}::timestamptz,
           updated_at = now()
     WHERE id = ${sourceId} AND (quote_updated_at IS NULL OR quote_updated_at <= ${at.toISOString()}::timestamptz)
    RETURNING id`);
  return rows.length > 0;
}
