import {
  type ColumnMapping,
  canonicalHeader,
  type FieldDef,
  MAX_IMPORT_COLUMNS,
  normaliseHeader,
} from '@codepool/shared';
import { ValidationError } from '../errors.ts';

/** Where a column's value goes: an item field, one of the item's own properties, or nowhere. */
export type Target = { kind: 'field'; name: string } | { kind: 'expiresAt' | 'cost' | 'supplier' | 'ignore' };

/** How rows become items: named columns, or (no header, no mapping) the pool's fields in order. */
export type ColumnPlan =
  | {
      header: boolean;
      positional: false;
      columns: { index: number; target: Target }[];
      /** The header's column count: a longer row is misquoted. Null when there is no header. */
      width: number | null;
    }
  | { header: false; positional: true; fields: string[] };

/** A 0-based column index in a mapping. */
const INDEX = /^\d+$/;

const META: Record<string, Target> = {
  expires_at: { kind: 'expiresAt' },
  cost: { kind: 'cost' },
  supplier: { kind: 'supplier' },
  ignore: { kind: 'ignore' },
};

/**
 * A header or mapping name → target. The pool's own field names come first (a license's
 * `expires` is its field, not the item's expiry); a code-like name fills the primary field
 * when that field is the secret one, so `key` lands in a code pool and `code` in a key pool.
 */
export function resolveName(fields: FieldDef[], name: string): Target | null {
  return resolveFolded(fields, normaliseHeader(name));
}

function resolveFolded(fields: FieldDef[], n: string): Target | null {
  if (n === '') return null;
  if (fields.some((f) => f.name === n)) return { kind: 'field', name: n };
  const canonical = canonicalHeader(n);
  if (!canonical) return null;
  if (fields.some((f) => f.name === canonical)) return { kind: 'field', name: canonical };
  const primary = fields[0];
  if ((canonical === 'code' || canonical === 'key') && primary?.sensitive) return { kind: 'field', name: primary.name };
  return META[canonical] ?? null;
}

function checked(
  fields: FieldDef[],
  columns: { index: number; target: Target }[],
  header: string[] | null,
): ColumnPlan {
  const seen = new Set<string>();
  for (const { target } of columns) {
    if (target.kind === 'ignore') continue;
    const key = target.kind === 'field' ? target.name : target.kind;
    if (seen.has(key)) throw new ValidationError(`two columns fill ${key}; map one of them to ignore`);
    seen.add(key);
  }
  const primary = fields[0]?.name ?? 'code';
  if (!seen.has(primary)) {
    throw new ValidationError(`no column fills ${primary}, the pool's primary field`, {
      hint: `name a column ${primary} (or one of its aliases) or send a mapping`,
    });
  }
  return { header: header !== null, positional: false, columns, width: header ? header.length : null };
}

/** Columns up to the last non-blank cell: spreadsheets pad rows with empty ones. */
function usedWidth(cells: string[]): number {
  let width = cells.length;
  while (width > 0 && (cells[width - 1] as string).trim() === '') width--;
  return width;
}

/**
 * Decides from the first non-blank record whether the file has a header, and which column
 * fills what. It is a header when at least half its cells are known names; an explicit
 * mapping by name requires one, a mapping by 0-based index does not. A first record wider
 * than MAX_IMPORT_COLUMNS is refused: no supplier's export of codes is, but a wrong separator
 * or a file that is not a CSV can be.
 */
export function planColumns(fields: FieldDef[], first: string[], mapping: ColumnMapping | undefined): ColumnPlan {
  const width = usedWidth(first);
  if (width > MAX_IMPORT_COLUMNS) {
    throw new ValidationError(
      `the first row has ${width} columns; an import reads at most ${MAX_IMPORT_COLUMNS} (is the separator right?)`,
      { columns: width, max: MAX_IMPORT_COLUMNS },
    );
  }
  const cells = first.slice(0, width).map(normaliseHeader);
  const targets = cells.map((c) => (c === '' ? null : resolveFolded(fields, c)));
  const filled = cells.filter((c) => c !== '').length;
  const known = targets.filter((t) => t !== null).length;
  const looksLikeHeader = known > 0 && known * 2 >= filled;

  if (!mapping) {
    if (!looksLikeHeader) return { header: false, positional: true, fields: fields.map((f) => f.name) };
    const columns = targets.flatMap((target, index) => (target ? [{ index, target }] : []));
    return checked(fields, columns, first);
  }

  // Folded header name → its first column, so a mapping is looked up, not searched for.
  const indexOf = new Map<string, number>();
  cells.forEach((c, i) => {
    if (c !== '' && !indexOf.has(c)) indexOf.set(c, i);
  });
  const byName = Object.keys(mapping).some((k) => !INDEX.test(k));
  const columns = Object.entries(mapping).map(([column, to]) => {
    const target = resolveName(fields, to);
    if (!target) {
      const allowed = [...fields.map((f) => f.name), ...Object.keys(META)].join(', ');
      throw new ValidationError(`mapping: "${to}" is not a field of this pool (use one of ${allowed})`);
    }
    const index = INDEX.test(column) ? Number(column) : (indexOf.get(normaliseHeader(column)) ?? -1);
    if (index < 0) throw new ValidationError(`mapping: the header has no column "${column}"`);
    if (index >= MAX_IMPORT_COLUMNS) {
      throw new ValidationError(`mapping: column ${column} is past the ${MAX_IMPORT_COLUMNS} an import reads`);
    }
    return { index, target };
  });
  return checked(fields, columns, byName || looksLikeHeader ? first : null);
}
