import {
  canonicalHeader,
  type FieldDef,
  IMPORT_SEPARATORS,
  type ImportSeparator,
  normaliseHeader,
} from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

/** How many bytes of the file the browser reads to preview it; the server reads the whole file itself. */
export const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_RECORDS = 12;

/** Where a column goes: a field of the pool, one of the item's own properties, or nowhere. */
export type Target = string;
export const META_TARGETS = ['expires_at', 'cost', 'supplier'] as const;
export const IGNORE = 'ignore';

export type CsvPreview = {
  separator: ImportSeparator;
  /** The first records, cells trimmed; blank lines dropped. */
  records: string[][];
  width: number;
};

/**
 * Splits the start of a file into records, honouring quotes ("a,b" is one cell, "" is a
 * quote). The last line of a cut-off sample is dropped: it may be half a record.
 */
export function parseRecords(text: string, separator: ImportSeparator, truncated: boolean): string[][] {
  const records: string[][] = [];
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) records.push(row.map((c) => c.trim()));
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') endRow();
    else if (ch !== '\r') cell += ch;
  }
  if (!truncated && (cell !== '' || row.length > 0)) endRow();
  return records;
}

/**
 * The separator that splits the first records into the same number of columns, the most
 * columns winning; failing that, the one seen in the most records. The server picks the
 * same way when it is not told.
 */
export function sniffSeparator(text: string): ImportSeparator {
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  let best: { sep: ImportSeparator; score: number } = { sep: ',', score: 0 };
  for (const sep of IMPORT_SEPARATORS) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (!quoted && ch === sep) n++;
      }
      return n;
    });
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const score = counts.every((n) => n === first) ? 1_000_000 + first : counts.filter((n) => n > 0).length;
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}

export async function readPreview(file: File, separator?: ImportSeparator): Promise<CsvPreview> {
  let text = await file.slice(0, PREVIEW_BYTES).text();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const chosen = separator ?? sniffSeparator(text);
  const records = parseRecords(text, chosen, file.size > PREVIEW_BYTES).slice(0, PREVIEW_RECORDS);
  return { separator: chosen, records, width: Math.max(0, ...records.map((r) => r.length)) };
}

/** A header cell → the target it most likely means for this pool, or null. */
export function guessTarget(fields: FieldDef[], header: string): Target | null {
  const n = normaliseHeader(header);
  if (!n) return null;
  if (fields.some((f) => f.name === n)) return n;
  const canonical = canonicalHeader(n);
  if (!canonical) return null;
  if (fields.some((f) => f.name === canonical)) return canonical;
  const primary = fields[0];
  if ((canonical === 'code' || canonical === 'key') && primary?.sensitive) return primary.name;
  return (META_TARGETS as readonly string[]).includes(canonical) ? canonical : null;
}

/** The first record is a header when at least half its cells are names we know. */
export function looksLikeHeader(fields: FieldDef[], first: string[] | undefined): boolean {
  const filled = (first ?? []).filter((c) => c.trim() !== '');
  const known = filled.filter((c) => guessTarget(fields, c) !== null).length;
  return known > 0 && known * 2 >= filled.length;
}

/** Column → target: by header names when there is a header, else the pool's fields in order. */
export function suggestMapping(fields: FieldDef[], preview: CsvPreview, header: boolean): Target[] {
  const first = preview.records[0] ?? [];
  const used = new Set<string>();
  return Array.from({ length: preview.width }, (_, i) => {
    const guess = header ? guessTarget(fields, first[i] ?? '') : (fields[i]?.name ?? null);
    if (!guess || used.has(guess)) return IGNORE;
    used.add(guess);
    return guess;
  });
}

/** What is wrong with a mapping before anything is sent, or null. */
export function mappingProblem(fields: FieldDef[], mapping: Target[], t: Translate): string | null {
  const primary = fields[0];
  if (primary && !mapping.includes(primary.name))
    return t('dash-import-problem-primary', { field: primary.label.toLowerCase() });
  const seen = new Set<string>();
  for (const target of mapping) {
    if (target === IGNORE) continue;
    if (seen.has(target))
      return t('dash-import-problem-twice', { field: target, ignore: t('dash-import-column-ignore') });
    seen.add(target);
  }
  const missing = fields.filter((f) => f.required && !mapping.includes(f.name));
  if (missing.length > 0)
    return t('dash-import-problem-missing', { fields: missing.map((f) => f.label.toLowerCase()).join(', ') });
  return null;
}

/**
 * The mapping as the server takes it. With a header it names the header cells, which also
 * tells the server the first line is a header; without one it uses 0-based positions.
 */
export function mappingForServer(preview: CsvPreview, header: boolean, mapping: Target[]): Record<string, string> {
  const first = preview.records[0] ?? [];
  const names = first.map(normaliseHeader);
  const byName = header && names.every((n, i) => n !== '' && names.indexOf(n) === i);
  const out: Record<string, string> = {};
  mapping.forEach((target, i) => {
    if (target === IGNORE) return;
    out[byName ? (first[i] as string) : String(i)] = target;
  });
  return out;
}

/** Shows the last few characters of a long secret, like the server's masked previews. */
export function maskValue(value: string): string {
  const chars = [...value];
  if (chars.length === 0) return '';
  const shown = chars.length >= 12 ? 4 : chars.length >= 8 ? 2 : 0;
  return '•'.repeat(Math.max(4, Math.min(chars.length - shown, 12))) + chars.slice(chars.length - shown).join('');
}
