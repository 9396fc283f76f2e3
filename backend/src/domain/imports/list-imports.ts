import type { ImportBatch } from '@codepool/shared';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { importBatches } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { toImportBatchResponse } from './import-batch-response.ts';

/** A pool's import batches, newest first, with their counts; ids are time-ordered, so they are the cursor. */
export async function listImports(
  ctx: ServiceContext,
  { poolId, cursor, limit }: { poolId: string; cursor?: string | undefined; limit: number },
): Promise<{ items: ImportBatch[]; nextCursor: string | null }> {
  const pool = await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const where: SQL[] = [eq(importBatches.poolId, pool.id)];
  if (cursor) where.push(lt(importBatches.id, cursor));
  const rows = await ctx.db
    .select()
    .from(importBatches)
    .where(and(...where))
    .orderBy(desc(importBatches.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(toImportBatchResponse), nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null };
}
