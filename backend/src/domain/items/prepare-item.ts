import type { FieldDef, NormalisationRule } from '@codepool/shared';
import { encryptFields, fingerprint } from '../../crypto/items.ts';
import type { KeyRing } from '../../crypto/keyring.ts';
import type { PoolRow } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';

export type RawItem = {
  fields: Record<string, string>;
  expiresAt?: Date | null | undefined;
  cost?: number | null | undefined;
  supplier?: string | null | undefined;
};

/** A row ready to insert: encrypted, fingerprinted, masked. Holds no plaintext. */
export type PreparedItem = {
  id: string;
  poolId: string;
  sellerId: string;
  ciphertext: Buffer;
  keyVersion: number;
  fingerprint: Buffer;
  maskedPreview: string;
  expiresAt: Date | null;
  cost: number | null;
  supplier: string | null;
  importBatchId: string | null;
};

export type PrepareResult = { ok: true; item: PreparedItem } | { ok: false; reason: string };

export function normalise(rule: NormalisationRule, value: string): string {
  const trimmed = value.trim();
  switch (rule) {
    case 'trim':
      return trimmed;
    case 'upper':
      return trimmed.toUpperCase();
    case 'alnum':
      return trimmed.replace(/[\s\-_.]/g, '').toUpperCase();
  }
}

/** Shows at most the last four characters of a long value, fewer of a short one, none of a tiny one. */
export function maskPreview(value: string): string {
  const chars = [...value.trim()];
  const shown = chars.length >= 12 ? 4 : chars.length >= 8 ? 2 : 0;
  const hidden = Math.max(4, Math.min(chars.length - shown, 12));
  return '•'.repeat(hidden) + chars.slice(chars.length - shown).join('');
}

/** Checks item fields against the pool's schema: required present, nothing unknown, values trimmed. */
export function checkFields(
  defs: FieldDef[],
  fields: Record<string, string>,
): { ok: true; fields: Record<string, string> } | { ok: false; reason: string } {
  const known = new Set(defs.map((d) => d.name));
  const unknown = Object.keys(fields).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    // A few names say what is wrong; the reason is stored per rejected line, so it stays short.
    const named = unknown.slice(0, 3).map((u) => `"${u.slice(0, 32)}"`);
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    return { ok: false, reason: `unknown field ${named.join(', ')}${more}` };
  }
  const clean: Record<string, string> = {};
  for (const def of defs) {
    const value = fields[def.name]?.trim() ?? '';
    if (value === '') {
      if (def.required) return { ok: false, reason: `missing ${def.name}` };
      continue;
    }
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value))
      return { ok: false, reason: `control characters in ${def.name}` };
    clean[def.name] = value;
  }
  return { ok: true, fields: clean };
}

/**
 * Validates, normalises, fingerprints and encrypts one item. Every way into a pool
 * (the JSON API, CSV imports, the bot) goes through here.
 */
export function prepareItem(
  keys: KeyRing,
  pool: PoolRow,
  raw: RawItem,
  { importBatchId = null, now = Date.now() }: { importBatchId?: string | null; now?: number } = {},
): PrepareResult {
  const checked = checkFields(pool.fields, raw.fields);
  if (!checked.ok) return checked;
  if (raw.expiresAt && raw.expiresAt.getTime() <= now) return { ok: false, reason: 'already expired' };
  const primaryDef = pool.fields[0];
  const primary = primaryDef ? checked.fields[primaryDef.name] : undefined;
  if (!primary) return { ok: false, reason: 'missing primary field' };
  const id = uuidv7();
  const { ciphertext, keyVersion } = encryptFields(keys, { poolId: pool.id, itemId: id }, checked.fields);
  return {
    ok: true,
    item: {
      id,
      poolId: pool.id,
      sellerId: pool.sellerId,
      ciphertext,
      keyVersion,
      fingerprint: fingerprint(keys, normalise(pool.normalisation, primary)),
      maskedPreview: maskPreview(primary),
      expiresAt: raw.expiresAt ?? null,
      cost: raw.cost ?? null,
      supplier: raw.supplier?.trim() || null,
      importBatchId,
    },
  };
}
