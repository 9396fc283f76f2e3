import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common.ts';
import { MAX_HEADER_LENGTH } from './csv-headers.ts';
import { ImportSource, ImportStatus, RejectCode } from './enums.ts';

/** At most this many rejected lines are kept in a batch's report; the total is always counted. */
export const MAX_REPORTED_LINES = 1000;

export const IMPORT_SEPARATORS = [',', ';', '\t'] as const;
export const ImportSeparator = z.enum(IMPORT_SEPARATORS);
export type ImportSeparator = z.infer<typeof ImportSeparator>;

const SEPARATOR_NAMES: Record<string, ImportSeparator> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
};

/** A separator as a person types it into a form: the character itself, `\t`, or its name. */
export const SeparatorInput = z.string().transform((s, ctx) => {
  const sep = SEPARATOR_NAMES[s.toLowerCase()];
  if (!sep) ctx.addIssue({ code: 'custom', message: 'use , ; or tab (or auto)' });
  return sep ?? z.NEVER;
});

/**
 * The widest first row an import reads: a supplier's export has tens of columns; thousands
 * mean a wrong separator or not a CSV at all, and are refused with that said.
 */
export const MAX_IMPORT_COLUMNS = 1000;

/** Which item field a CSV column fills, or `ignore`. Meta fields: `expires_at`, `cost`, `supplier`. */
export const ColumnMapping = z
  .record(z.string().trim().min(1).max(MAX_HEADER_LENGTH), z.string().trim().min(1).max(40))
  .refine((m) => Object.keys(m).length <= MAX_IMPORT_COLUMNS, `at most ${MAX_IMPORT_COLUMNS} columns`);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportOptions = z.strictObject({
  /** Omitted or `auto`: sniffed from the first lines. */
  separator: ImportSeparator.optional(),
  /** Column header (case-insensitive) or 0-based column index → field name. */
  mapping: ColumnMapping.optional(),
  /** Refuse the whole import (nothing written) if any line duplicates another or existing stock. */
  strict: z.boolean().default(false),
});
export type ImportOptions = z.input<typeof ImportOptions>;

const Flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['true', '1', 'on', 'yes'].includes(v));

/** The text fields of a multipart upload, beside the file itself (field `file`). */
export const ImportUploadFields = z.strictObject({
  separator: z.preprocess((v) => (v === 'auto' || v === '' ? undefined : v), SeparatorInput.optional()),
  mapping: z
    .string()
    .max(10_000)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(ColumnMapping)
    .optional(),
  strict: Flag.optional(),
});

/**
 * The text fields of a file import (`POST /pools/:id/imports/files`), beside its parts in the
 * field `files`: `unpack=false` keeps a ZIP as one item; `skipDuplicates=true` reports
 * duplicates and imports the rest instead of refusing the upload.
 */
export const FileUploadFields = z.strictObject({
  unpack: Flag.optional(),
  skipDuplicates: Flag.optional(),
});

export const RejectedLine = z.object({ line: z.number().int(), code: RejectCode, reason: z.string() });
export type RejectedLine = z.infer<typeof RejectedLine>;

/** What an import did. `rejected` lists at most MAX_REPORTED_LINES lines, never their content. */
export const ImportReport = z.object({
  batchId: Id,
  poolId: Id,
  /** Data rows read (blank lines and the header row are not counted). */
  rows: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  rejected: z.array(RejectedLine),
  rejectedTotal: z.number().int(),
  separator: ImportSeparator,
  header: z.boolean(),
  /** Which 1-based column filled which field. */
  columns: z.array(z.object({ column: z.number().int(), field: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportBatch = z.object({
  id: Id,
  poolId: Id,
  source: ImportSource,
  fileName: z.string().nullable(),
  status: ImportStatus,
  rows: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  rejectedTotal: z.number().int(),
  createdAt: Timestamp,
  completedAt: Timestamp.nullable(),
  undoneAt: Timestamp.nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

/** One batch with its stored report of rejected lines. */
export const ImportBatchDetail = ImportBatch.extend({ rejected: z.array(RejectedLine) });
export type ImportBatchDetail = z.infer<typeof ImportBatchDetail>;

export const ListImportsQuery = PageQuery;

export const ImportBatchParams = z.strictObject({ id: Id, batchId: Id });

export const UndoImportResult = z.object({
  batchId: Id,
  status: ImportStatus,
  /** Items taken out of sale by this undo. */
  withdrawn: z.number().int(),
  /** Items that stayed: already reserved or sold (the buyer's), expired or marked invalid. */
  notWithdrawn: z.number().int(),
  kept: z.object({
    reserved: z.number().int(),
    delivered: z.number().int(),
    expired: z.number().int(),
    invalid: z.number().int(),
  }),
});
export type UndoImportResult = z.infer<typeof UndoImportResult>;
