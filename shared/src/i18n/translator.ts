import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { DEFAULT_LOCALE, PSEUDO_RTL_LOCALE, textDirection } from './locales.ts';

export type MessageArgs = Record<string, FluentVariable | null | undefined>;
export type Translate = (key: string, args?: MessageArgs) => string;

export type Translator = {
  /** The locale whose catalogue answers (`en` when the one asked for has no catalogue). */
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** Whether the catalogue has the message: for optional texts such as a rule's own explanation. */
  has: (key: string) => boolean;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  date: (d: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
};

const RLO = '\u202E';
const PDF = '\u202C';

function bundleOf(locale: string, source: string, useIsolating: boolean) {
  const bundle = new FluentBundle(locale, { useIsolating });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) throw new Error(`the ${locale} catalogue does not parse: ${errors[0]?.message}`);
  return bundle;
}

/**
 * One language's messages, with numbers and dates formatted by `Intl` for it. A message the
 * catalogue lacks falls back to English, then to its key (and `onMissing` hears of it), so a
 * screen never shows nothing. `sources` maps a locale to its `.ftl` text and must hold English.
 */
export function createTranslator(
  requested: string,
  sources: Readonly<Record<string, string>>,
  {
    onMissing,
    useIsolating = false,
  }: { onMissing?: (key: string, locale: string) => void; useIsolating?: boolean } = {},
): Translator {
  const pseudo = requested === PSEUDO_RTL_LOCALE;
  const locale = pseudo || sources[requested] !== undefined ? requested : DEFAULT_LOCALE;
  const english = sources[DEFAULT_LOCALE];
  if (english === undefined) throw new Error('the English catalogue is missing');
  const primary = bundleOf(
    pseudo ? DEFAULT_LOCALE : locale,
    pseudo ? english : (sources[locale] ?? english),
    useIsolating,
  );
  const fallback = locale === DEFAULT_LOCALE || pseudo ? null : bundleOf(DEFAULT_LOCALE, english, useIsolating);
  // The pseudo-locale is English mirrored: its numbers and dates are English too.
  const intlLocale = pseudo ? DEFAULT_LOCALE : locale;

  const format = (bundle: FluentBundle, key: string, args?: MessageArgs) => {
    const message = bundle.getMessage(key);
    if (!message?.value) return null;
    const clean: Record<string, FluentVariable> = {};
    for (const [k, v] of Object.entries(args ?? {})) if (v !== null && v !== undefined) clean[k] = v;
    return bundle.formatPattern(message.value, clean);
  };
  const t: Translate = (key, args) => {
    const text = format(primary, key, args) ?? (fallback ? format(fallback, key, args) : null);
    if (text === null) {
      onMissing?.(key, locale);
      return key;
    }
    return pseudo ? `${RLO}${text}${PDF}` : text;
  };
  return {
    locale,
    dir: pseudo ? 'rtl' : textDirection(locale),
    t,
    has: (key) => primary.hasMessage(key) || (fallback?.hasMessage(key) ?? false),
    number: (n, options) => new Intl.NumberFormat(intlLocale, options).format(n),
    date: (d, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(intlLocale, options).format(d instanceof Date ? d : new Date(d)),
  };
}

/** The language names a switch offers: each catalogue's own `language-name`, in its own language. */
export function languageNames(sources: Readonly<Record<string, string>>): { locale: string; name: string }[] {
  return Object.keys(sources)
    .sort()
    .map((locale) => ({ locale, name: createTranslator(locale, sources).t('language-name') }));
}
