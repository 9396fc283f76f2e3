import { MAX_FIELD_LENGTH } from '@codepool/shared';
import type { RawItem } from '../items/prepare-item.ts';
import type { ColumnPlan } from './column-plan.ts';

export type RowResult = { ok: true; raw: RawItem } | { ok: false; reason: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** `2026-12-31` means through that day (UTC); a time without a zone is UTC. */
export function parseExpiry(value: string): Date | null {
  const d = DATE_ONLY.exec(value);
  if (d) {
    const end = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), 23, 59, 59, 999));
    return end.getUTCDate() === Number(d[3]) ? end : null;
  }
  if (!DATE_TIME.test(value)) return null;
  const iso = value.replace(' ', 'T');
  const t = Date.parse(/Z|[+-]\d{2}:?\d{2}$/i.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(t) ? null : new Date(t);
}

/**
 * One CSV record → the raw item prepareItem takes, or why not. Reasons name the column or
 * field, never the value: they end up in the seller's report and the database.
 */
export function rowToItem(plan: ColumnPlan, cells: string[]): RowResult {
  const fields: Record<string, string> = {};
  const raw: RawItem = { fields };
  const used = plan.positional ? plan.fields.length : (plan.width ?? cells.length);
  if (cells.slice(used).some((c) => c.trim() !== '')) {
    const expected = plan.positional ? `the pool has ${used} field(s)` : `the header has ${used}`;
    return { ok: false, reason: `${cells.length} columns, but ${expected}` };
  }
  const pairs = plan.positional
    ? plan.fields.map((name, index) => ({ index, target: { kind: 'field' as const, name } }))
    : plan.columns;
  for (const { index, target } of pairs) {
    const value = (cells[index] ?? '').trim();
    if (value === '' || target.kind === 'ignore') continue;
    switch (target.kind) {
      case 'field':
        if (value.length > MAX_FIELD_LENGTH) {
          return { ok: false, reason: `${target.name} is longer than ${MAX_FIELD_LENGTH} characters` };
        }
        fields[target.name] = value;
        break;
      case 'expiresAt': {
        const at = parseExpiry(value);
        if (!at) return { ok: false, reason: 'expiry is not a date (use YYYY-MM-DD or ISO 8601)' };
        raw.expiresAt = at;
        break;
      }
      case 'cost':
        if (!/^\d{1,10}$/.test(value) || Number(value) > 1_000_000_000) {
          return { ok: false, reason: 'cost is not a whole number of minor units' };
        }
        raw.cost = Number(value);
        break;
      case 'supplier':
        if (value.length > 100) return { ok: false, reason: 'supplier is longer than 100 characters' };
        raw.supplier = value;
        break;
    }
  }
  return { ok: true, raw };
}
