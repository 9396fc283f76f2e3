import type { SupplierOrder } from '@codepool/shared';
import type { SupplierOrderRow } from '../../../db/schema/index.ts';

/** A supplier order as its seller sees it, with what may be done to it now. */
export function toSupplierOrderResponse(row: SupplierOrderRow, kind: SupplierOrder['kind']): SupplierOrder {
  const open = row.status === 'pending' || row.status === 'placing' || row.status === 'processing';
  return {
    id: row.id,
    poolId: row.poolId,
    sourceId: row.sourceId,
    kind,
    purpose: row.purpose,
    requestId: row.requestId,
    quantity: row.quantity,
    status: row.status,
    supplierOrderId: row.supplierOrderId,
    attempts: row.attempts,
    unitCost: row.unitCost,
    totalCost: row.totalCost,
    currency: row.currency,
    keysReceived: row.keysReceived,
    lastError: row.lastError,
    nextAttemptAt: open ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    deadlineAt: row.deadlineAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canRetry: open || (row.purpose === 'backfill' && row.status === 'failed'),
    canCancel: open,
  };
}
