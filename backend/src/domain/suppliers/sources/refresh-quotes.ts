import { and, eq, isNull } from 'drizzle-orm';
import { supplierSources } from '../../../db/schema/index.ts';
import { SupplierError } from '../../../suppliers/adapter.ts';
import type { ServiceContext } from '../../context.ts';
import { adapterOf } from './adapter-of.ts';
import { adapterSourceOf } from './load-source.ts';
import { storeQuote } from './store-quote.ts';

/** Suppliers asked at once: a slow one holds up a few, not the whole round. */
const CONCURRENCY = 4;

/**
 * The scheduled price and availability check (job `supplier-quotes`): pre-checkout answers
 * from the stored quote and never calls a supplier, so this keeps it fresh where webhooks do
 * not (a seller server has none; a Kinguin store may not register product.update). Each live,
 * active source is asked once; one failing is logged and the others go on.
 */
export async function refreshQuotes(ctx: ServiceContext) {
  const rows = await ctx.db
    .select()
    .from(supplierSources)
    .where(and(isNull(supplierSources.removedAt), eq(supplierSources.status, 'active')));
  let refreshed = 0;
  let failed = 0;
  const queue = [...rows];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      try {
        const adapter = adapterOf(ctx, adapterSourceOf(ctx, row));
        const quote = await adapter.quote();
        await storeQuote(ctx.db, { sourceId: row.id, quote });
        refreshed += 1;
      } catch (err) {
        failed += 1;
        // A SupplierError's message is ours (no credentials); any other error only by name.
        const reason =
          err instanceof SupplierError ? `${err.kind}: ${err.message}` : err instanceof Error ? err.name : 'error';
        ctx.log.warn({ sourceId: row.id, kind: row.kind, reason }, 'supplier quote refresh failed');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  return { sources: rows.length, refreshed, failed };
}
