import type { SupplierOrder, SupplierOrderStatus } from '@codepool/shared';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { supplierOrders, supplierSources } from '../../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../../context.ts';
import { findSellerPool } from '../../pools/find-seller-pool.ts';
import { toSupplierOrderResponse } from './supplier-order-response.ts';

/** A pool's supplier orders, newest first; ids are time-ordered, so they are the cursor. */
export async function listSupplierOrders(
  ctx: ServiceContext,
  {
    poolId,
    status,
    cursor,
    limit,
  }: { poolId: string; status?: SupplierOrderStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: SupplierOrder[]; nextCursor: string | null }> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const where: SQL[] = [eq(supplierOrders.poolId, pool.id)];
  if (status) where.push(eq(supplierOrders.status, status));
  if (cursor) where.push(lt(supplierOrders.id, cursor));
  const rows = await ctx.db
    .select({ order: supplierOrders, kind: supplierSources.kind })
    .from(supplierOrders)
    .innerJoin(supplierSources, eq(supplierSources.id, supplierOrders.sourceId))
    .where(and(...where))
    .orderBy(desc(supplierOrders.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map((r) => toSupplierOrderResponse(r.order, r.kind)),
    nextCursor: more ? (pageRows.at(-1)?.order.id ?? null) : null,
  };
}
