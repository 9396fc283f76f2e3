import type { ImportBatchDetail } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { importBatches } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { metrics } from '../../lib/metrics.ts';
import { filesOf, type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, ServiceError, ValidationError } from '../errors.ts';
import { onRestock } from '../fulfillment/on-restock.ts';
import { addFileItem, requireFilePool } from '../items/add-file-item.ts';
import { findSellerPool } from '../pools/find-seller-pool.ts';
import { closeBatch } from './close-batch.ts';
import { fileImportLimits } from './file-import-limits.ts';
import { toImportBatchDetail } from './import-batch-response.ts';
import type { ImportSlot } from './import-slots.ts';
import { ImportTally } from './import-tally.ts';
import { planUpload, type UploadedFile } from './plan-upload.ts';

export type { UploadedFile } from './plan-upload.ts';

const IN_UPLOAD = 'the same bytes as an earlier file of this upload';
const IN_STOCK = 'already in your stock';

export type FileImportProgress = { rows: number; bytes: number; totalBytes: number };

export type ImportFilesInput = {
  poolId: string;
  /** Files on disk (an upload's temporary files, a bot download): read, never moved or removed here. */
  files: UploadedFile[];
  /** A ZIP is one item per entry unless false: then it is one item (a file pool that sells ZIPs). */
  unpack?: boolean;
  /** Report duplicates and import the rest; otherwise a duplicate refuses the whole import. */
  skipDuplicates?: boolean;
  onProgress?: (progress: FileImportProgress) => void;
  progressEveryMs?: number;
  /** A slot the caller took before it read the upload; the caller releases it. */
  slot?: ImportSlot;
};

const refusedWhole = (e: ServiceError, line: number, zip: string | null) =>
  new ServiceError(
    e.code,
    `${e.message}${zip ? ` (in ${zip})` : ''}; nothing was imported: fix or remove that file and send them again`,
    {
      ...(typeof e.details === 'object' && e.details !== null ? e.details : {}),
      line,
    },
  );

/**
 * Imports files into a file or image pool, one item each (a ZIP: one per entry, its CSV giving
 * the text fields), as one batch in one transaction: every limit is checked before anything
 * is written, each file goes in under its own savepoint (a duplicate is rolled back and
 * reported), and a refused file (type, size), a refused ZIP or a killed process leaves the
 * pool as it was.
 */
export async function importFiles(ctx: ServiceContext, args: ImportFilesInput): Promise<ImportBatchDetail> {
  const owner = sellerId(ctx);
  const slot = args.slot ?? ctx.importSlots?.take(owner);
  try {
    return await runImport(ctx, owner, args);
  } finally {
    if (!args.slot) slot?.release();
  }
}

async function runImport(ctx: ServiceContext, owner: string, args: ImportFilesInput): Promise<ImportBatchDetail> {
  const { poolId, files, unpack = true, skipDuplicates = false, progressEveryMs = 500 } = args;
  if (files.length === 0) throw new ValidationError('no files: send them in the multipart field "files"');
  const { store, limits: base } = filesOf(ctx);
  const limits = fileImportLimits(base);
  // The pool first (cheap, and a wrong pool says so before the ZIP is read), again under the lock below.
  const pool = await findSellerPool(ctx.db, owner, poolId);
  requireFilePool(pool);
  const plan = await planUpload(files, { unpack, limits, pool });
  const kept: string[] = [];
  const batchId = uuidv7();
  const tally = new ImportTally();
  let bytes = 0;
  let lastProgress = 0;
  const progress = (force = false) => {
    const now = Date.now();
    if (!force && now - lastProgress < progressEveryMs) return;
    lastProgress = now;
    const p = { rows: tally.rows, bytes, totalBytes: plan.totalBytes };
    ctx.events.toUser(owner, 'import-progress', { poolId, batchId, ...p });
    args.onProgress?.(p);
  };

  let report: ImportBatchDetail;
  try {
    report = await ctx.db.transaction(async (tx) => {
      const [locked] = await tx
        .execute<{ ok: boolean }>(
          sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`imports:${owner}`}, 0)) AS ok`,
        )
        .then((r) => r.rows);
      if (!locked?.ok) throw new ConflictError('another import of yours is running; try again when it has finished');
      const current = await findSellerPool(tx, owner, poolId);
      requireFilePool(current);
      if (current.archivedAt) throw new ConflictError('the pool is archived');
      const fileName = files[0]?.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || null;
      await tx.insert(importBatches).values({ id: batchId, poolId, sellerId: owner, source: 'files', fileName });

      for (const [index, item] of plan.items.entries()) {
        const line = index + 1;
        // One file can be megabytes of sealing: every other request gets its turn between two.
        await new Promise((resolve) => setImmediate(resolve));
        tally.rows++;
        let added: Awaited<ReturnType<typeof addFileItem>>;
        try {
          added = await addFileItem(tx, ctx, {
            pool: current,
            batchId,
            name: item.name,
            source: item.open(),
            fields: item.fields,
          });
        } catch (e) {
          if (e instanceof ServiceError && (e.code === 'unsupported_media_type' || e.code === 'payload_too_large'))
            throw refusedWhole(e, line, item.zip);
          throw e;
        }
        bytes += item.size;
        if (added.ok) {
          tally.accepted++;
          if (added.objectKey) kept.push(added.objectKey);
        } else if (added.duplicate) {
          tally.duplicateLine(
            line,
            added.inBatch ? 'duplicate_in_file' : 'duplicate_in_stock',
            `${item.label}: ${added.inBatch ? IN_UPLOAD : IN_STOCK}`,
          );
        } else {
          tally.invalidLine(line, `${item.label}: ${added.reason}`);
        }
        progress();
      }
      for (const orphan of plan.orphans) {
        tally.rows++;
        tally.invalidLine(orphan.line, orphan.reason);
      }
      progress(true);

      if (tally.rows === 0) throw new ValidationError('the upload holds no files; nothing was imported');
      if (!skipDuplicates && tally.duplicates > 0) {
        throw new ConflictError(
          `${tally.duplicates} file(s) are duplicates; nothing was imported (send skipDuplicates=true to import the rest)`,
          { duplicates: tally.duplicates, rejected: tally.rejected() },
        );
      }
      await closeBatch(tx, ctx, { pool: current, batchId, tally, via: 'import' });
      const [row] = await tx.select().from(importBatches).where(eq(importBatches.id, batchId));
      if (!row) throw new Error('import batch vanished inside its transaction');
      return toImportBatchDetail(row);
    });
  } catch (e) {
    // Rolled back: an object store's objects of this batch belong to nobody now.
    if (kept.length > 0) await store.discard(kept).catch(() => undefined);
    throw e;
  } finally {
    plan.close();
  }

  metrics.imports.inc({ source: 'files' });
  metrics.importedRows.inc(report.accepted);
  if (report.accepted > 0) await onRestock(ctx, { poolId });
  return report;
}
