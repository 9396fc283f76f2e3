import type { Pool } from '@codepool/shared';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { pools } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { toPoolResponse } from './pool-response.ts';
import { sourceModes } from './source-modes.ts';
import { stockCounts } from './stock-counts.ts';

export async function listPools(ctx: ServiceContext, { archived = false } = {}): Promise<Pool[]> {
  const owner = sellerId(ctx);
  const rows = await ctx.db
    .select()
    .from(pools)
    .where(and(eq(pools.sellerId, owner), archived ? isNotNull(pools.archivedAt) : isNull(pools.archivedAt)))
    .orderBy(asc(pools.name));
  const counts = await stockCounts(
    ctx.db,
    owner,
    rows.map((r) => r.id),
  );
  const modes = await sourceModes(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPoolResponse(r, counts.get(r.id), modes.get(r.id)));
}
