import type { Pool, PoolSourceMode, StockCounts } from '@codepool/shared';
import type { PoolRow } from '../../db/schema/index.ts';
import { EMPTY_STOCK } from './stock-counts.ts';

/** `source`: the mode of the pool's live supplier source, `stock` when it has none. */
export function toPoolResponse(row: PoolRow, stock: StockCounts | undefined, source: PoolSourceMode = 'stock'): Pool {
  return {
    id: row.id,
    name: row.name,
    deliveryType: row.deliveryType,
    fields: row.fields,
    lowStockThreshold: row.lowStockThreshold,
    normalisation: row.normalisation,
    pausedAt: row.pausedAt?.toISOString() ?? null,
    pausedReason: row.pausedReason,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    stock: stock ?? EMPTY_STOCK,
    source,
  };
}
