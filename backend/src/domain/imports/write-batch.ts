import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { PreparedItem } from '../items/prepare-item.ts';

export type DuplicateLine = { line: number; code: 'duplicate_in_file' | 'duplicate_in_stock'; reason: string };
export type WriteOutcome = { inserted: number; duplicates: DuplicateLine[] };

export const IN_FILE = 'duplicate of an earlier line in this file';
export const IN_STOCK = 'already in your stock';

const FINGERPRINT_BYTES = 32;

/**
 * One batch, column by column. Each item's bytes are copied into two growing buffers as it
 * arrives, so the item itself dies young instead of living (and being promoted by the
 * garbage collector) until the batch is written; the buffers travel as two binary
 * parameters, not as a hex-encoded array per row.
 */
export class BatchColumns {
  readonly lines: number[] = [];
  readonly ids: string[] = [];
  readonly keyVersions: number[] = [];
  readonly masks: string[] = [];
  readonly expiresAt: (Date | null)[] = [];
  readonly costs: (number | null)[] = [];
  readonly suppliers: (string | null)[] = [];
  readonly ciphertextStarts: number[] = [];
  readonly ciphertextLengths: number[] = [];
  private ciphertexts: Buffer = Buffer.allocUnsafe(256 * 1024);
  private ciphertextBytes = 0;
  private fingerprints: Buffer = Buffer.allocUnsafe(FINGERPRINT_BYTES * 1024);

  get length(): number {
    return this.lines.length;
  }

  /** Ciphertext bytes held: what the batch's statement will carry. */
  get bytes(): number {
    return this.ciphertextBytes;
  }

  add(line: number, item: PreparedItem) {
    const n = this.lines.length;
    if (item.fingerprint.length !== FINGERPRINT_BYTES) throw new Error('unexpected fingerprint length');
    this.fingerprints = ensureCapacity(this.fingerprints, (n + 1) * FINGERPRINT_BYTES);
    item.fingerprint.copy(this.fingerprints, n * FINGERPRINT_BYTES);
    this.ciphertexts = ensureCapacity(this.ciphertexts, this.ciphertextBytes + item.ciphertext.length);
    this.ciphertextStarts.push(this.ciphertextBytes);
    this.ciphertextLengths.push(item.ciphertext.length);
    this.ciphertextBytes += item.ciphertext.copy(this.ciphertexts, this.ciphertextBytes);
    this.lines.push(line);
    this.ids.push(item.id);
    this.keyVersions.push(item.keyVersion);
    this.masks.push(item.maskedPreview);
    this.expiresAt.push(item.expiresAt);
    this.costs.push(item.cost);
    this.suppliers.push(item.supplier);
  }

  binary() {
    return {
      ciphertexts: this.ciphertexts.subarray(0, this.ciphertextBytes),
      fingerprints: this.fingerprints.subarray(0, this.length * FINGERPRINT_BYTES),
    };
  }
}

function ensureCapacity(buf: Buffer, size: number): Buffer {
  if (size <= buf.length) return buf;
  const bigger = Buffer.allocUnsafe(Math.max(size, buf.length * 2));
  buf.copy(bigger);
  return bigger;
}

const p = <T>(values: T) => sql.param(values);
const FP = sql.raw(String(FINGERPRINT_BYTES));

/**
 * Inserts one batch in a single statement with ON CONFLICT DO NOTHING against the seller's
 * live fingerprints: the partial unique index decides, against stock, earlier batches of this
 * import and earlier rows of this batch alike. The lines that did not go in come back with
 * the reason: a live row from this import, or none visible (a row this same statement
 * inserted), is a duplicate within the file; anything else is stock.
 */
async function insertBatch(
  db: DbOrTx,
  target: { poolId: string; sellerId: string; batchId: string },
  cols: BatchColumns,
): Promise<WriteOutcome> {
  const { ciphertexts, fingerprints } = cols.binary();
  const { rows: skipped } = await db.execute<{ line: number; in_file: boolean }>(sql`
    WITH s AS (
      SELECT u.id, u.line, u.key_version, u.masked_preview, u.expires_at, u.cost, u.supplier,
             substring(${p(ciphertexts)}::bytea FROM u.ct_start + 1 FOR u.ct_length) AS ciphertext,
             substring(${p(fingerprints)}::bytea FROM (u.ord::int - 1) * ${FP} + 1 FOR ${FP}) AS fingerprint
        FROM unnest(${p(cols.ids)}::uuid[], ${p(cols.lines)}::int[], ${p(cols.keyVersions)}::int[],
                    ${p(cols.masks)}::text[], ${p(cols.expiresAt)}::timestamptz[], ${p(cols.costs)}::int[],
                    ${p(cols.suppliers)}::text[], ${p(cols.ciphertextStarts)}::int[], ${p(cols.ciphertextLengths)}::int[])
             WITH ORDINALITY AS u(id, line, key_version, masked_preview, expires_at, cost, supplier, ct_start, ct_length, ord)
    ), ins AS (
      INSERT INTO pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview,
                              expires_at, cost, supplier, import_batch_id)
      SELECT id, ${target.poolId}::uuid, ${target.sellerId}::uuid, ciphertext, key_version, fingerprint,
             masked_preview, expires_at, cost, supplier, ${target.batchId}::uuid
        FROM s
      ON CONFLICT (seller_id, fingerprint) WHERE status <> 'withdrawn' DO NOTHING
      RETURNING id
    )
    SELECT s.line, coalesce((
             -- A scalar subquery per skipped row, on the unique index: an EXISTS here gets
             -- hashed over every row of the import so far, which grows with the file.
             SELECT x.import_batch_id = ${target.batchId}::uuid FROM pool_items x
              WHERE x.seller_id = ${target.sellerId}::uuid AND x.fingerprint = s.fingerprint
                AND x.status <> 'withdrawn'
              LIMIT 1
           ), true) AS in_file
      FROM s
     WHERE NOT EXISTS (SELECT 1 FROM ins WHERE ins.id = s.id)
     ORDER BY s.line`);
  return {
    inserted: cols.length - skipped.length,
    duplicates: skipped.map((r) =>
      r.in_file
        ? { line: r.line, code: 'duplicate_in_file', reason: IN_FILE }
        : { line: r.line, code: 'duplicate_in_stock', reason: IN_STOCK },
    ),
  };
}

/**
 * Writes batches one behind the parser: while the database inserts batch n, the caller
 * parses and encrypts batch n+1 (two cores busy instead of one). At most one batch is in
 * flight, so memory stays at two batches whatever the file size.
 */
export function batchWriter(
  db: DbOrTx,
  target: { poolId: string; sellerId: string; batchId: string },
  onWritten: (outcome: WriteOutcome) => void,
) {
  let inflight: Promise<void> | null = null;
  const settle = async () => {
    const current = inflight;
    inflight = null;
    if (current) await current;
  };
  return {
    async write(cols: BatchColumns) {
      await settle();
      if (cols.length === 0) return;
      inflight = insertBatch(db, target, cols).then(onWritten);
      // Awaited by the next write or by flush; until then a failure must not count as unhandled.
      inflight.catch(() => undefined);
    },
    flush: settle,
  };
}
