import { z } from 'zod';

/** The language every message exists in, and the one a user gets when nothing better matches. */
export const DEFAULT_LOCALE = 'en';

/**
 * A right-to-left pseudo-locale made from the English catalogue at run time: every message is
 * wrapped in a right-to-left override, and the page turns `dir="rtl"`. It is never offered in a
 * language switch; `?lang=ar-XB` on the Mini App or the dashboard shows it, so a layout can be
 * checked for RTL before a real RTL catalogue exists.
 */
export const PSEUDO_RTL_LOCALE = 'ar-XB';

/** Languages written right to left, by their primary subtag. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'yi', 'ku', 'sd', 'ug']);

/** A BCP 47 tag as Telegram and browsers send it: `en`, `ru`, `pt-br`, `zh-Hans-CN`. */
export const LocaleTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/, 'a language tag such as "en" or "pt-br"');
export type LocaleTag = z.infer<typeof LocaleTag>;

export function textDirection(locale: string): 'ltr' | 'rtl' {
  const primary = locale.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The first candidate that names an available language, tried whole and then by ever shorter
 * prefixes (`pt-br` → `pt`), case-insensitively; the default when none does. Candidates come in
 * the order of preference: the user's own choice, then what Telegram or the browser says.
 */
export function negotiateLocale(
  candidates: readonly (string | null | undefined)[],
  available: readonly string[],
): string {
  const byLower = new Map(available.map((a) => [a.toLowerCase(), a]));
  for (const candidate of candidates) {
    if (!candidate) continue;
    const parts = candidate.toLowerCase().replace(/_/g, '-').split('-');
    for (let n = parts.length; n > 0; n--) {
      const hit = byLower.get(parts.slice(0, n).join('-'));
      if (hit) return hit;
    }
  }
  return DEFAULT_LOCALE;
}
