import { type FieldDef, MAX_FIELD_LENGTH } from '@codepool/shared';
import { turnTaker } from '../../lib/event-loop-turn.ts';
import { ValidationError } from '../errors.ts';
import { readCsv } from './read-csv.ts';
import { shown, type ZipItem } from './zip-upload.ts';

/** items.csv is a list of names and PINs, not a data set: a bigger one is a mistake. */
export const MAX_TEXTS_CSV_BYTES = 4 * 1024 * 1024;

export type ZipTexts = {
  /** Text fields by entry path. */
  fields: Map<string, Record<string, string>>;
  /** Rows that name no entry (or one an earlier row named): rejected lines of the report. */
  orphans: { line: number; reason: string }[];
};

/**
 * The text fields of a ZIP's entries from its CSV: a header with a `file` column (the entry's
 * path in the ZIP, or its bare name when that is unique) and columns named after the pool's
 * fields (`pin`, `note`). Another column, no `file` column or malformed CSV refuse the upload
 * (422); a row naming no entry is reported and skipped. Reasons name files and columns, never
 * a value of a text field.
 */
export async function readZipTexts(
  bytes: AsyncIterable<Buffer>,
  { csvName, items, fields: defs }: { csvName: string; items: ZipItem[]; fields: FieldDef[] },
): Promise<ZipTexts> {
  const byPath = new Map(items.map((i) => [i.path, i.path]));
  const byName = new Map<string, string | null>();
  for (const { path } of items) {
    const base = path.split('/').at(-1) ?? path;
    byName.set(base, byName.has(base) ? null : path);
  }
  let size = 0;
  async function* bounded() {
    for await (const chunk of bytes) {
      size += chunk.length;
      if (size > MAX_TEXTS_CSV_BYTES)
        throw new ValidationError(`${csvName} is larger than ${MAX_TEXTS_CSV_BYTES} bytes; nothing was imported`);
      yield chunk;
    }
  }
  const csv = await readCsv(bounded(), {});
  const known = new Set(defs.map((d) => d.name));
  const fields = new Map<string, Record<string, string>>();
  const orphans: ZipTexts['orphans'] = [];
  let columns: string[] | null = null;
  const turn = turnTaker();
  try {
    for await (const { line, cells } of csv.records) {
      await turn();
      if (cells.every((c) => c === '')) continue;
      if (!columns) {
        columns = cells.map((c) => c.toLowerCase());
        const unknown = columns.filter((c) => c !== 'file' && !known.has(c));
        if (!columns.includes('file'))
          throw new ValidationError(`${csvName} needs a header with a "file" column; nothing was imported`);
        if (unknown.length > 0)
          throw new ValidationError(
            `${csvName}: unknown column "${shown(unknown[0] ?? '')}" (use file, ${[...known].join(', ')}); nothing was imported`,
          );
        continue;
      }
      const row: Record<string, string> = {};
      let named = '';
      for (const [i, column] of columns.entries()) {
        const value = cells[i] ?? '';
        if (column === 'file') named = value;
        else if (value !== '') {
          if (value.length > MAX_FIELD_LENGTH)
            throw new ValidationError(
              `${csvName} line ${line}: ${column} is longer than ${MAX_FIELD_LENGTH} characters; nothing was imported`,
            );
          row[column] = value;
        }
      }
      const path = byPath.get(named) ?? byName.get(named) ?? null;
      if (!path) {
        orphans.push({ line, reason: `${csvName} line ${line}: "${shown(named)}" is not a file in the ZIP` });
      } else if (fields.has(path)) {
        orphans.push({ line, reason: `${csvName} line ${line}: "${shown(named)}" was named by an earlier line` });
      } else {
        fields.set(path, row);
      }
    }
  } catch (e) {
    if (e instanceof ValidationError && !e.message.includes('nothing was imported'))
      throw new ValidationError(`${csvName}: ${e.message}; nothing was imported`);
    throw e;
  }
  if (!columns) throw new ValidationError(`${csvName} is empty; nothing was imported`);
  return { fields, orphans };
}
