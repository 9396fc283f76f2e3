import type { RejectedLine } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { importBatches, type PoolRow } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import type { ImportTally } from './import-tally.ts';

/**
 * The same code held by another seller is a fraud signal for the operator: one audit row
 * per batch naming sellers and counts, never the code, and neither seller is told.
 */
async function flagCrossSellerDuplicates(tx: Tx, pool: PoolRow, batchId: string) {
  const { rows } = await tx.execute<{ seller_id: string; matches: number }>(sql`
    SELECT o.seller_id, count(*)::int AS matches
      FROM pool_items n
      -- Live items only: the predicate of the (fingerprint, seller) index; a withdrawn code is held by nobody.
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

export type ClosedBatch = {
  rows: number;
  accepted: number;
  duplicates: number;
  invalid: number;
  rejected: RejectedLine[];
  rejectedTotal: number;
};

/**
 * Closes a batch inside the transaction that wrote it — a CSV import (`via: 'import'`) or
 * items pushed as JSON (`via: 'add'`): the fraud flag, counts and report on its row, the
 * audit trail. An in-transaction step, not an operation.
 */
export async function closeBatch(
  tx: Tx,
  ctx: ServiceContext,
  { pool, batchId, tally, via }: { pool: PoolRow; batchId: string; tally: ImportTally; via: 'import' | 'add' },
): Promise<ClosedBatch> {
  if (tally.accepted > 0) await flagCrossSellerDuplicates(tx, pool, batchId);
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
  // Each audit action keeps the metadata its readers (the dashboard's audit view) know.
  await recordAudit(
    tx,
    ctx.actor,
    via === 'import' ? 'items.imported' : 'items.added',
    { type: 'pool', id: pool.id },
    via === 'import'
      ? { importBatchId: batchId, ...counts }
      : { batchId, accepted: counts.accepted, duplicates: counts.duplicates, invalid: counts.invalid },
    ctx.origin,
  );
  return { ...counts, rejected, rejectedTotal: tally.rejectedTotal };
}
