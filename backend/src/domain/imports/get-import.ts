import type { ImportBatchDetail } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import { importBatches } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { toImportBatchDetail } from './import-batch-response.ts';

/** One batch of the seller's pool with its stored report; another seller's batch is not found. */
export async function getImport(
  ctx: ServiceContext,
  { poolId, batchId }: { poolId: string; batchId: string },
): Promise<ImportBatchDetail> {
  const [row] = await ctx.db
    .select()
    .from(importBatches)
    .where(
      and(eq(importBatches.id, batchId), eq(importBatches.poolId, poolId), eq(importBatches.sellerId, sellerId(ctx))),
    );
  if (!row) throw new NotFoundError('import batch');
  return toImportBatchDetail(row);
}
