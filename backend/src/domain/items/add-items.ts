import { AddItemsInput, type AddItemsResult } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { importBatches } from '../../db/schema/index.ts';
import { turnTaker } from '../../lib/event-loop-turn.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { existingFingerprints, flagCrossSellerDuplicates, insertItems } from './insert-items.ts';
import { type PreparedItem, prepareItem } from './prepare-item.ts';

/**
 * Adds up to 1,000 items from JSON. Invalid items are reported and left out; duplicates
 * (within the call or against the seller's whole stock) refuse the call unless
 * `skipDuplicates`, in which case they are counted and left out.
 */
export async function addItems(
  ctx: ServiceContext,
  { poolId, input }: { poolId: string; input: AddItemsInput },
): Promise<AddItemsResult> {
  const owner = sellerId(ctx);
  const { items, skipDuplicates } = AddItemsInput.parse(input);

  const result = await ctx.db.transaction(async (tx) => {
    const pool = await findSellerPool(tx, owner, poolId);
    if (pool.archivedAt) throw new ConflictError('the pool is archived');

    // Every add is a batch, like an import: tracked for dispute quality, undoable as one.
    const batchId = uuidv7();
    await tx
      .insert(importBatches)
      .values({ id: batchId, poolId: pool.id, sellerId: owner, source: 'api', rows: items.length });

    const rejected: AddItemsResult['rejected'] = [];
    const unique: { index: number; item: PreparedItem }[] = [];
    const seen = new Set<string>();
    let invalid = 0;
    let duplicates = 0;
    // Up to 1,000 items of up to 4 KB each to encrypt: a turn for other requests between some.
    const turn = turnTaker();
    for (const [index, raw] of items.entries()) {
      await turn();
      const prepared = prepareItem(
        ctx.keys,
        pool,
        { ...raw, expiresAt: raw.expiresAt ? new Date(raw.expiresAt) : null },
        { importBatchId: batchId },
      );
      if (!prepared.ok) {
        invalid++;
        rejected.push({ index, code: 'invalid', reason: prepared.reason });
        continue;
      }
      const fp = prepared.item.fingerprint.toString('hex');
      if (seen.has(fp)) {
        duplicates++;
        rejected.push({ index, code: 'duplicate_in_file', reason: 'duplicate within this request' });
        continue;
      }
      seen.add(fp);
      unique.push({ index, item: prepared.item });
    }

    if (!skipDuplicates) {
      const held = await existingFingerprints(
        tx,
        owner,
        unique.map((u) => u.item.fingerprint),
      );
      const clashes = unique.filter((u) => held.has(u.item.fingerprint.toString('hex'))).map((u) => u.index);
      const inCall = rejected.filter((r) => r.code !== 'invalid').map((r) => r.index);
      if (clashes.length + inCall.length > 0) {
        throw new ConflictError(`${clashes.length + inCall.length} item(s) are duplicates; nothing was added`, {
          duplicateIndexes: [...inCall, ...clashes].sort((a, b) => a - b),
          hint: 'send skipDuplicates: true to add the rest',
        });
      }
    }

    const inserted = await insertItems(
      tx,
      unique.map((u) => u.item),
    );
    for (const u of unique) {
      if (inserted.has(u.item.id)) continue;
      // Lost a race to a concurrent add of the same code.
      if (!skipDuplicates) throw new ConflictError('an item was added concurrently; nothing was added');
      duplicates++;
      rejected.push({ index: u.index, code: 'duplicate_in_stock', reason: 'duplicate of an item in your stock' });
    }
    const accepted = unique.filter((u) => inserted.has(u.item.id));
    await flagCrossSellerDuplicates(
      tx,
      owner,
      pool.id,
      accepted.map((u) => u.item.fingerprint),
    );
    rejected.sort((a, b) => a.index - b.index);
    await tx
      .update(importBatches)
      .set({
        accepted: accepted.length,
        duplicates,
        invalid,
        status: 'completed',
        completedAt: sql`now()`,
        report: {
          rejected: rejected.map((r) => ({ line: r.index + 1, code: r.code, reason: r.reason })),
          rejectedTotal: rejected.length,
        },
      })
      .where(eq(importBatches.id, batchId));
    await recordAudit(
      tx,
      ctx.actor,
      'items.added',
      { type: 'pool', id: pool.id },
      { batchId, accepted: accepted.length, duplicates, invalid },
      ctx.origin,
    );
    return {
      accepted: accepted.length,
      duplicates,
      invalid,
      batchId,
      rejected,
      items: accepted.map((u) => ({ id: u.item.id, preview: u.item.maskedPreview })),
    };
  });

  if (result.accepted > 0) await onRestock(ctx, poolId);
  return result;
}
