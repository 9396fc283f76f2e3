import { formatDate, formatDateTime } from '@codepool/shared/client';
import { PSEUDO_RTL_LOCALE, type Translator } from '@codepool/shared/i18n';
import { useI18n } from '@codepool/shared/i18n/react';
import { useMemo } from 'react';

/** Numbers, days, sizes and moments written the way the reader's language writes them. */
export type Format = {
  /** `1,250` (English), `1 250` (Russian). */
  count: (n: number) => string;
  /** One decimal at most: `3.5`, `3,5`. */
  decimal: (n: number) => string;
  /** A UTC day, `2026-03-05` → `5 Mar`, `5 мар.`. */
  day: (day: string) => string;
  /** `20 Nov 2025`; empty for a missing value. */
  date: (iso: string | null | undefined) => string;
  /** `20 Nov 2025, 10:01`; empty for a missing value. */
  dateTime: (iso: string | null | undefined) => string;
  /** `512 B`, `3.4 KB`, `1.2 MB`, with the units of the language. */
  bytes: (n: number) => string;
  /** "in 3 days", "2 hours ago". */
  relative: (iso: string, now?: number) => string;
};

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** The formats of one language; the pseudo-locale writes numbers and dates as English does. */
export function formatFor({ locale, t }: Pick<Translator, 'locale' | 't'>): Format {
  const intl = locale === PSEUDO_RTL_LOCALE ? 'en' : locale;
  // English days read "5 Mar" (British order), as the dashboard always has.
  const dateLocale = intl === 'en' ? 'en-GB' : intl;
  const integer = new Intl.NumberFormat(intl);
  const decimal = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
  const dayMonth = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const rtf = new Intl.RelativeTimeFormat(intl, { numeric: 'auto' });
  return {
    count: (n) => integer.format(n),
    decimal: (n) => decimal.format(n),
    day: (day) => dayMonth.format(new Date(`${day}T00:00:00Z`)),
    date: (iso) => formatDate(iso, dateLocale),
    dateTime: (iso) => formatDateTime(iso, dateLocale),
    bytes: (n) =>
      n < 1024
        ? t('dash-size-bytes', { size: n })
        : n < 1024 * 1024
          ? t('dash-size-kb', { size: n / 1024 })
          : t('dash-size-mb', { size: n / 1024 / 1024 }),
    relative: (iso, now = Date.now()) => {
      const diff = new Date(iso).getTime() - now;
      const abs = Math.abs(diff);
      for (const [u, ms] of RELATIVE_UNITS) if (abs >= ms) return rtf.format(Math.round(diff / ms), u);
      return rtf.format(0, 'minute');
    },
  };
}

/** The current language's formats, for a component. */
export function useFormat(): Format {
  const translator = useI18n();
  return useMemo(() => formatFor(translator), [translator]);
}

/** The last 8 hex digits of a UUID: its random part (v7 ids begin with the time, alike for neighbours). */
export const shortId = (id: string) => id.slice(-8);
