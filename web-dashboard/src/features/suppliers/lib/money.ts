/**
 * Supplier costs are whole minor units of an ISO 4217 currency (cents for EUR); sellers type
 * and read them as money. The number of decimals is the currency's own (JPY has none), as
 * Intl knows it, so "12.50 EUR" is 1250 and "1200 JPY" is 1200.
 */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export type ParsedMoney = { ok: true; minor: number; currency: string } | { ok: false; message: string };

const MONEY = /^(?:([A-Za-z]{3})\s*)?(\d{1,10})(?:[.,](\d*))?(?:\s*([A-Za-z]{3}))?$/;

/**
 * "12.50 EUR", "12,50", "EUR 12.5" → minor units. A currency written with the amount must be
 * the form's currency: a seller who types USD into a EUR source meant something else, and a
 * silent conversion would move their cost cap.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const m = MONEY.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return { ok: false, message: 'an amount like 12.50' };
  const [, before, whole = '', fraction = '', after] = m;
  if (before && after) return { ok: false, message: 'one currency code at most' };
  const written = (before ?? after)?.toUpperCase();
  if (written && written !== currency) return { ok: false, message: `the source's currency is ${currency}` };
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return { ok: false, message: digits === 0 ? `${currency} has no decimals` : `at most ${digits} decimals` };
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'too large' };
  return { ok: true, minor, currency };
}

/** 1250 EUR → "12.50": the amount as a seller would type it back into the form. */
export function formatAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const s = String(abs).padStart(digits + 1, '0');
  return `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** 1250 EUR → "€12.50"; an unknown code is written out: "12.50 XBT". */
export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) return '—';
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(minor / 10 ** digits);
  } catch {
    return `${formatAmount(minor, currency)} ${currency}`;
  }
}
