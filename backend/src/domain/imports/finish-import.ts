import type { ImportReport } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { importBatches, type PoolRow } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportTally } from './import-tally.ts';
import type { FileFormat } from './read-items.ts';

/**
 * The same code held by another seller is a fraud signal for the operator: one audit row
 * per import naming sellers and counts, never the code, and neither seller is told.
 */
async function flagCrossSeller(tx: Tx, pool: PoolRow, batchId: string) {
  const { rows } = await tx.execute<{ seller_id: string; matches: number }>(sql`
    SELECT o.seller_id, count(*)::int AS matches
      FROM pool_items n
      JOIN pool_items o ON o.fingerprint = n.fingerprint AND o.seller_id <> n.seller_id AND o.status <> 'withdrawn'
     WHERE n.import_batch_id = ${batchId}::uuid
     GROUP BY o.seller_id`);
  if (rows.length === 0) return;
  await recordAudit(
    tx,
    { type: 'system', job: 'fraud-signal' },
    'fraud.cross_seller_duplicate',
    { type: 'pool', id: pool.id },
    {
      sellerId: pool.sellerId,
      importBatchId: batchId,
      otherSellers: rows.map((r) => ({ sellerId: r.seller_id, matches: r.matches })),
    },
  );
}

/** Closes a batch inside the import's transaction: counts and report on its row, the audit trail. */
export async function finishImport(
  tx: Tx,
  ctx: ServiceContext,
  { pool, batchId, tally, format }: { pool: PoolRow; batchId: string; tally: ImportTally; format: FileFormat },
): Promise<ImportReport> {
  if (tally.accepted > 0) await flagCrossSeller(tx, pool, batchId);
  const rejected = tally.rejected();
  const counts = { rows: tally.rows, accepted: tally.accepted, duplicates: tally.duplicates, invalid: tally.invalid };
  await tx
    .update(importBatches)
    .set({
      ...counts,
      report: { rejected, rejectedTotal: tally.rejectedTotal },
      status: 'completed',
      completedAt: sql`now()`,
    })
    .where(eq(importBatches.id, batchId));
  await recordAudit(
    tx,
    ctx.actor,
    'items.imported',
    { type: 'pool', id: pool.id },
    { importBatchId: batchId, ...counts },
    ctx.origin,
  );
  return { batchId, poolId: pool.id, ...counts, rejected, rejectedTotal: tally.rejectedTotal, ...format };
}
