import { ImportOptions, type ImportReport, type ImportSource, isFileDeliveryType } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { importBatches } from '../../db/schema/index.ts';
import { turnTaker } from '../../lib/event-loop-turn.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { metrics } from '../../lib/metrics.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { closeBatch } from './close-batch.ts';
import type { ImportSlot } from './import-slots.ts';
import { ImportTally } from './import-tally.ts';
import { readItems } from './read-items.ts';
import { BatchColumns, batchWriter } from './write-batch.ts';

/**
 * A batch is written at this many ciphertext bytes whatever its row count: 1,000 codes of 4 KB
 * would be a 4 MB statement, built and copied while nothing else runs.
 */
const MAX_BATCH_BYTES = 1024 * 1024;

/**
 * Rows a batch holds. Measured on a million codes (`npm run bench -- import --batch n`, 2 cores):
 * 250 → 31,600 rows/s, 500 → 39,500, 1,000 → 42,500, 2,000 → 34,300, 5,000 → 28,300 and the
 * highest peak RSS; smaller batches keep the parser and the database taking turns closely, and
 * larger ones make each statement's duplicate lookup and its building costlier per row.
 */
const BATCH_ROWS = 1000;

export type ImportItemsInput = ImportOptions & {
  poolId: string;
  source: ImportSource;
  fileName?: string | null;
  /** The file's bytes: a file or upload stream, a download, or any async iterable of chunks. */
  input: AsyncIterable<Uint8Array | string>;
  /** The file's size when known, for progress. */
  totalBytes?: number | null;
  batchSize?: number;
  progressEveryMs?: number;
  /** A slot the caller took before it started reading the file (the upload route); it releases it. */
  slot?: ImportSlot;
};

/**
 * One of the process's import slots (`Deps.importSlots`) for the whole run, taken here unless
 * the caller took it before reading its upload: the bound holds for every client, the bot included.
 */
export async function importItems(ctx: ServiceContext, args: ImportItemsInput): Promise<ImportReport> {
  const slot = args.slot ?? ctx.importSlots?.take(sellerId(ctx));
  try {
    return await runImport(ctx, args);
  } finally {
    if (!args.slot) slot?.release();
  }
}

/**
 * Imports a CSV into a pool as one batch: parse → map → validate → encrypt → write, in
 * batches, streaming. The whole batch is one transaction, its import_batches row included,
 * so a failure or a killed process leaves the pool as it was; a seller runs one import at
 * a time. Strict mode refuses the file (nothing written) if any line is a duplicate.
 */
async function runImport(ctx: ServiceContext, args: ImportItemsInput): Promise<ImportReport> {
  const owner = sellerId(ctx);
  const { poolId, source, input, totalBytes = null, batchSize = BATCH_ROWS, progressEveryMs = 500 } = args;
  const { separator, mapping, strict } = ImportOptions.parse({
    separator: args.separator,
    mapping: args.mapping,
    strict: args.strict,
  });
  const fileName = args.fileName?.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || null;
  const batchId = uuidv7();
  const startedAt = Date.now();
  const tally = new ImportTally();
  let bytes = 0;
  let lastProgress = startedAt;
  const progress = () => {
    const now = Date.now();
    if (now - lastProgress < progressEveryMs) return;
    lastProgress = now;
    ctx.events.toUser(owner, 'import-progress', { poolId, batchId, rows: tally.rows, bytes, totalBytes });
  };

  const report = await ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .execute<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`imports:${owner}`}, 0)) AS ok`)
      .then((r) => r.rows);
    if (!locked?.ok) throw new ConflictError('another import of yours is running; try again when it has finished');
    const pool = await findSellerPool(tx, owner, poolId);
    if (pool.archivedAt) throw new ConflictError('the pool is archived');
    if (isFileDeliveryType(pool.deliveryType))
      throw new ConflictError(`"${pool.name}" is a ${pool.deliveryType} pool: send its files to /imports/files`);
    await tx.insert(importBatches).values({ id: batchId, poolId, sellerId: owner, source, fileName });

    const writer = batchWriter(tx, { poolId, sellerId: owner, batchId }, ({ inserted, duplicates }) => {
      tally.accepted += inserted;
      for (const d of duplicates) tally.duplicateLine(d.line, d.code, d.reason);
      progress();
    });
    const read = await readItems(input, {
      pool,
      keys: ctx.keys,
      batchId,
      now: startedAt,
      separator,
      mapping,
      onBytes: (n) => {
        bytes += n;
      },
    });
    let pending = new BatchColumns();
    const turn = turnTaker();
    for await (const row of read.rows) {
      tally.rows++;
      // Parsing runs on promise callbacks, which the event loop finishes before it reads
      // or writes a socket: give the database connection (and every other request) its
      // turn every few milliseconds, however long the rows are.
      await turn();
      if (!row.ok) tally.invalidLine(row.line, row.reason);
      else pending.add(row.line, row.item);
      if (pending.length >= batchSize || pending.bytes >= MAX_BATCH_BYTES) {
        await writer.write(pending);
        pending = new BatchColumns();
      }
    }
    await writer.write(pending);
    await writer.flush();

    if (tally.rows === 0) {
      throw new ValidationError(read.plan?.header ? 'the file has a header but no rows' : 'the file has no rows');
    }
    if (strict && tally.duplicates > 0) {
      throw new ConflictError(`${tally.duplicates} line(s) are duplicates; strict import refused, nothing was added`, {
        duplicates: tally.duplicates,
        rejected: tally.rejected(),
      });
    }
    const closed = await closeBatch(tx, ctx, { pool, batchId, tally, via: 'import' });
    return { batchId, poolId: pool.id, ...closed, ...read.format() };
  });

  metrics.imports.inc({ source });
  metrics.importedRows.inc(report.accepted);
  if (report.accepted > 0) await onRestock(ctx, { poolId });
  return report;
}
