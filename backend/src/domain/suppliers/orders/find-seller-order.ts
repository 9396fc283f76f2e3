import type { SupplierKind } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { type SupplierOrderRow, supplierOrders, supplierSources } from '../../../db/schema/index.ts';
import { NotFoundError } from '../../errors.ts';

/** A supplier order of this seller, or not found: another seller's looks exactly like a missing one. */
export async function findSellerOrder(
  db: DbOrTx,
  sellerId: string,
  orderId: string,
  { forUpdate = false } = {},
): Promise<{ order: SupplierOrderRow; kind: SupplierKind }> {
  const q = db
    .select({ order: supplierOrders, kind: supplierSources.kind })
    .from(supplierOrders)
    .innerJoin(supplierSources, eq(supplierSources.id, supplierOrders.sourceId))
    .where(and(eq(supplierOrders.id, orderId), eq(supplierOrders.sellerId, sellerId)));
  const [row] = forUpdate ? await q.for('update', { of: supplierOrders }) : await q;
  if (!row) throw new NotFoundError('supplier order');
  return row;
}
