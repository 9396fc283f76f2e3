import { type ColumnMapping, canonicalHeader, type FieldDef, normaliseHeader } from '@codepool/shared';
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
  const n = normaliseHeader(name);
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

/**
 * Decides from the first non-blank record whether the file has a header, and which column
 * fills what. It is a header when at least half its cells are known names; an explicit
 * mapping by name requires one, a mapping by 0-based index does not.
 */
export function planColumns(fields: FieldDef[], first: string[], mapping: ColumnMapping | undefined): ColumnPlan {
  const cells = first.map(normaliseHeader);
  const filled = cells.filter((c) => c !== '');
  const known = filled.filter((c) => resolveName(fields, c) !== null).length;
  const looksLikeHeader = known > 0 && known * 2 >= filled.length;

  if (!mapping) {
    if (!looksLikeHeader) return { header: false, positional: true, fields: fields.map((f) => f.name) };
    const columns = cells.flatMap((c, index) => {
      const target = c === '' ? null : resolveName(fields, c);
      return target ? [{ index, target }] : [];
    });
    return checked(fields, columns, first);
  }

  const byName = Object.keys(mapping).some((k) => !/^\d+$/.test(k));
  const columns = Object.entries(mapping).map(([column, to]) => {
    const target = resolveName(fields, to);
    if (!target) {
      const allowed = [...fields.map((f) => f.name), ...Object.keys(META)].join(', ');
      throw new ValidationError(`mapping: "${to}" is not a field of this pool (use one of ${allowed})`);
    }
    const index = /^\d+$/.test(column) ? Number(column) : cells.indexOf(normaliseHeader(column));
    if (index < 0) throw new ValidationError(`mapping: the header has no column "${column}"`);
    return { index, target };
  });
  return checked(fields, columns, byName || looksLikeHeader ? first : null);
}
