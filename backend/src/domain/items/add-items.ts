import { AddItemsInput, type AddItemsResult, isFileDeliveryType } from '@codepool/shared';
import { importBatches } from '../../db/schema/index.ts';
import { turnTaker } from '../../lib/event-loop-turn.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { closeBatch } from '../imports/close-batch.ts';
import { ImportTally } from '../imports/import-tally.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { existingFingerprints, insertItems } from './insert-items.ts';
import { type PreparedItem, prepareItem } from './prepare-item.ts';

const IN_CALL = 'duplicate within this request';
const IN_STOCK = 'duplicate of an item in your stock';

/**
 * Adds up to 1,000 items from JSON. Invalid items are reported and left out; duplicates
 * (within the call or against the seller's whole stock) refuse the call unless
 * `skipDuplicates`, in which case they are counted and left out. Every add is a batch, like
 * an import — counted by the import's tally and closed by its step (closeBatch: fraud flag,
 * report, audit) — tracked for dispute quality and undoable as one. The tally counts lines
 * from 1; the result names items by their index in the call.
 */
export async function addItems(
  ctx: ServiceContext,
  { poolId, ...body }: { poolId: string } & AddItemsInput,
): Promise<AddItemsResult> {
  const owner = sellerId(ctx);
  const { items, skipDuplicates } = AddItemsInput.parse(body);
  const line = (index: number) => index + 1;

  const result = await ctx.db.transaction(async (tx) => {
    const pool = await findSellerPool(tx, owner, poolId);
    if (pool.archivedAt) throw new ConflictError('the pool is archived');
    // A file item is its bytes: JSON has none to give.
    if (isFileDeliveryType(pool.deliveryType))
      throw new ConflictError(`"${pool.name}" is a ${pool.deliveryType} pool: send its files to /imports/files`);

    const batchId = uuidv7();
    await tx
      .insert(importBatches)
      .values({ id: batchId, poolId: pool.id, sellerId: owner, source: 'api', rows: items.length });

    const tally = new ImportTally();
    tally.rows = items.length;
    const unique: { index: number; item: PreparedItem }[] = [];
    const inCall: number[] = [];
    const seen = new Set<string>();
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
        tally.invalidLine(line(index), prepared.reason);
        continue;
      }
      const fp = prepared.item.fingerprint.toString('hex');
      if (seen.has(fp)) {
        tally.duplicateLine(line(index), 'duplicate_in_file', IN_CALL);
        inCall.push(index);
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
      tally.duplicateLine(line(u.index), 'duplicate_in_stock', IN_STOCK);
    }
    const accepted = unique.filter((u) => inserted.has(u.item.id));
    tally.accepted = accepted.length;
    const closed = await closeBatch(tx, ctx, { pool, batchId, tally, via: 'add' });
    return {
      accepted: closed.accepted,
      duplicates: closed.duplicates,
      invalid: closed.invalid,
      batchId,
      rejected: closed.rejected.map((r) => ({ index: r.line - 1, code: r.code, reason: r.reason })),
      items: accepted.map((u) => ({ id: u.item.id, preview: u.item.maskedPreview })),
    };
  });

  if (result.accepted > 0) await onRestock(ctx, { poolId });
  return result;
}
