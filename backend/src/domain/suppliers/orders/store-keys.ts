import { Readable } from 'node:stream';
import { isFileDeliveryType } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { importBatches, type PoolRow, pools, type SupplierOrderRow } from '../../../db/schema/index.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import type { SupplierKey } from '../../../suppliers/adapter.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ServiceContext } from '../../context.ts';
import { closeBatch } from '../../imports/close-batch.ts';
import { ImportTally } from '../../imports/import-tally.ts';
import { addFileItem } from '../../items/add-file-item.ts';
import { insertItems } from '../../items/insert-items.ts';
import { prepareItem } from '../../items/prepare-item.ts';

export type StoredKeys = { batchId: string; itemIds: string[]; duplicates: number; invalid: number };

const DUPLICATE = 'the supplier sent a code this seller already holds';

/**
 * A supplier's keys become items of one import batch (source `supplier`), inside the caller's
 * transaction: encrypted and fingerprinted as they arrive, the supplier's unit cost on each
 * item, text keys through the same preparation as every import, image keys through
 * addFileItem. A key whose fingerprint the seller already holds is flagged (counted, audited
 * without its content) and never becomes an item, so it is never delivered twice. An
 * in-transaction step of the order engine.
 */
export async function storeKeys(
  tx: Tx,
  ctx: ServiceContext,
  {
    order,
    keys,
    unitCost,
    supplier,
  }: { order: SupplierOrderRow; keys: SupplierKey[]; unitCost: number | null; supplier: string },
): Promise<StoredKeys> {
  const [pool] = await tx.select().from(pools).where(eq(pools.id, order.poolId));
  if (!pool) throw new Error('the pool of a supplier order is gone');
  const batchId = uuidv7();
  await tx
    .insert(importBatches)
    .values({ id: batchId, poolId: pool.id, sellerId: pool.sellerId, source: 'supplier', rows: keys.length });
  const tally = new ImportTally();
  tally.rows = keys.length;
  const itemIds: string[] = [];
  const textKeys = keys.flatMap((k, i) => (k.kind === 'text' ? [{ line: i + 1, code: k.code }] : []));
  const imageKeys = keys.flatMap((k, i) => (k.kind === 'image' ? [{ line: i + 1, key: k }] : []));

  if (textKeys.length > 0)
    itemIds.push(...(await storeTexts(tx, ctx, { pool, batchId, textKeys, unitCost, supplier, tally })));
  for (const { line, key } of imageKeys) {
    if (!isFileDeliveryType(pool.deliveryType)) {
      tally.invalidLine(line, 'an image key for a pool of codes');
      continue;
    }
    const added = await addFileItem(tx, ctx, {
      pool,
      batchId,
      name: key.name,
      source: Readable.from([key.bytes]),
      cost: unitCost,
      supplier,
    }).catch((e: unknown) => ({
      ok: false as const,
      duplicate: false as const,
      reason: (e as Error).message.slice(0, 200),
    }));
    if (added.ok) itemIds.push(added.itemId);
    else if (added.duplicate)
      tally.duplicateLine(line, added.inBatch ? 'duplicate_in_file' : 'duplicate_in_stock', DUPLICATE);
    else tally.invalidLine(line, added.reason);
  }
  tally.accepted = itemIds.length;
  await closeBatch(tx, ctx, { pool, batchId, tally, via: 'import' });
  if (tally.duplicates > 0) {
    await recordAudit(
      tx,
      ctx.actor,
      'supplier.duplicate_key',
      { type: 'supplier_order', id: order.id },
      { poolId: pool.id, importBatchId: batchId, duplicates: tally.duplicates },
    );
  }
  return { batchId, itemIds, duplicates: tally.duplicates, invalid: tally.invalid };
}

async function storeTexts(
  tx: Tx,
  ctx: ServiceContext,
  {
    pool,
    batchId,
    textKeys,
    unitCost,
    supplier,
    tally,
  }: {
    pool: PoolRow;
    batchId: string;
    textKeys: { line: number; code: string }[];
    unitCost: number | null;
    supplier: string;
    tally: ImportTally;
  },
): Promise<string[]> {
  const primary = pool.fields[0]?.name ?? 'code';
  const seen = new Set<string>();
  const prepared = [];
  for (const { line, code } of textKeys) {
    const result = prepareItem(
      ctx.keys,
      pool,
      { fields: { [primary]: code }, cost: unitCost, supplier },
      { importBatchId: batchId },
    );
    if (!result.ok) {
      tally.invalidLine(line, result.reason);
      continue;
    }
    const fp = result.item.fingerprint.toString('hex');
    if (seen.has(fp)) {
      tally.duplicateLine(line, 'duplicate_in_file', DUPLICATE);
      continue;
    }
    seen.add(fp);
    prepared.push({ line, item: result.item });
  }
  const inserted = await insertItems(
    tx,
    prepared.map((p) => p.item),
  );
  for (const p of prepared) if (!inserted.has(p.item.id)) tally.duplicateLine(p.line, 'duplicate_in_stock', DUPLICATE);
  return prepared.filter((p) => inserted.has(p.item.id)).map((p) => p.item.id);
}
