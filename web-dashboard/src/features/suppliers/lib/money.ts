import { PSEUDO_RTL_LOCALE, type Translate, type Translator } from '@codepool/shared/i18n';

/** Whose money is written: the reader's language decides the decimal sign and the symbol's place. */
type Reader = Pick<Translator, 'locale'>;

// The pseudo-locale is English mirrored: its amounts read as English ones do.
const intlLocale = ({ locale }: Reader) => (locale === PSEUDO_RTL_LOCALE ? 'en' : locale);

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
 * silent conversion would move their cost cap. `t` words the refusal.
 */
export function parseMoney(text: string, currency: string, t: Translate): ParsedMoney {
  const m = MONEY.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return { ok: false, message: t('dash-money-error-format') };
  const [, before, whole = '', fraction = '', after] = m;
  if (before && after) return { ok: false, message: t('dash-money-error-two-codes') };
  const written = (before ?? after)?.toUpperCase();
  if (written && written !== currency) return { ok: false, message: t('dash-money-error-currency', { currency }) };
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0 ? t('dash-money-error-no-decimals', { currency }) : t('dash-money-error-decimals', { digits }),
    };
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: t('dash-money-error-too-large') };
  return { ok: true, minor, currency };
}

/**
 * 1250 EUR → "12.50" ("12,50" in Russian): the amount as a seller would type it back into the
 * form. No grouping, so what is shown parses back to the same minor units.
 */
export function formatAmount(minor: number, currency: string, reader: Reader): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(intlLocale(reader), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(minor / 10 ** digits);
}

/** 1250 EUR → "€12.50" ("12,50 €" in Russian); an unknown code is written out: "12.50 XBT". */
export function formatMoney(minor: number | null, currency: string, reader: Reader): string {
  if (minor === null) return '—';
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(intlLocale(reader), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(minor / 10 ** digits);
  } catch {
    return `${formatAmount(minor, currency, reader)} ${currency}`;
  }
}
