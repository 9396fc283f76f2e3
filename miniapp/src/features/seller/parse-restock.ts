import { type FieldDef, type ItemInput, MAX_FIELD_LENGTH, type Pool, type RejectCode } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

export type RestockLine = { line: number; item: ItemInput };
/** A line left out, with the same code the server gives a rejected line (a line parsed here is only ever `invalid`). */
export type SkippedLine = { line: number; code: RejectCode; reason: string };
export type ParsedRestock = { lines: RestockLine[]; skipped: SkippedLine[] };

/** How a pasted line is split into the pool's fields, said the way the form explains it. */
export function restockFormat(
  t: Translate,
  pool: Pick<Pool, 'deliveryType' | 'fields'>,
): { example: string; help: string } {
  const fields = pool.fields ?? [];
  switch (pool.deliveryType) {
    case 'code':
      return { example: 'ABCD-EFGH-IJKL\nWXYZ-1234-5678;4321', help: t('app-restock-help-code') };
    case 'account':
      return { example: 'player_one:s3cret-pass', help: t('app-restock-help-account') };
    case 'key':
    case 'license':
      return { example: 'XXXXX-XXXXX-XXXXX-XXXXX', help: t('app-restock-help-key') };
    case 'bundle':
      return { example: t('app-restock-example-bundle'), help: t('app-restock-help-bundle') };
    case 'custom': {
      const names = fields.map((f) => f.name).join(';');
      return { example: names, help: t('app-restock-help-custom', { fields: names || t('app-restock-pool-fields') }) };
    }
    case 'file':
    case 'image':
      return { example: '', help: t('app-restock-help-files') };
  }
}

function splitLine(deliveryType: Pool['deliveryType'], line: string): string[] {
  if (deliveryType === 'account') {
    // Passwords may contain ':'; only the first one separates the user name.
    const at = line.indexOf(':');
    return at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1)];
  }
  if (deliveryType === 'code' || deliveryType === 'custom') return line.split(';');
  return [line];
}

/**
 * Turns pasted text into items for `POST /pools/:id/items`: one per non-blank line, split
 * into the pool's fields in order. Lines that cannot fit (missing password, too many parts,
 * too long) are set aside with their line number instead of being sent.
 */
export function parseRestock(t: Translate, pool: Pick<Pool, 'deliveryType' | 'fields'>, text: string): ParsedRestock {
  const fields: FieldDef[] = pool.fields ?? [];
  const lines: RestockLine[] = [];
  const skipped: SkippedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    if (fields.length === 0) {
      skipped.push({ line, code: 'invalid', reason: t('app-restock-skip-no-fields') });
      return;
    }
    const parts = splitLine(pool.deliveryType, trimmed).map((p) => p.trim());
    if (parts.length > fields.length) {
      skipped.push({ line, code: 'invalid', reason: t('app-restock-skip-too-many-parts', { count: fields.length }) });
      return;
    }
    const values: Record<string, string> = {};
    parts.forEach((value, i) => {
      const def = fields[i];
      if (def && value) values[def.name] = value;
    });
    const missing = fields.find((f) => f.required && !values[f.name]);
    if (missing) {
      skipped.push({
        line,
        code: 'invalid',
        reason:
          pool.deliveryType === 'account'
            ? t('app-restock-skip-account')
            : t('app-restock-skip-missing', { field: missing.label }),
      });
      return;
    }
    if (Object.values(values).some((v) => v.length > MAX_FIELD_LENGTH)) {
      skipped.push({ line, code: 'invalid', reason: t('app-restock-skip-too-long') });
      return;
    }
    lines.push({ line, item: { fields: values } });
  });
  return { lines, skipped };
}

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
