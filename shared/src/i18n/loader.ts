import { DEFAULT_LOCALE, PSEUDO_RTL_LOCALE } from './locales.ts';
import { createTranslator, type Translator } from './translator.ts';

/** How an app gets each catalogue's text: `import.meta.glob('…/locales/*.ftl', { query: '?raw' })` in Vite. */
export type CatalogueImports = Record<string, () => Promise<unknown>>;

/**
 * The catalogues an app was built with, loaded one language at a time: English is bundled (it
 * is the fallback and the first paint), every other language is fetched when it is first used.
 * A language is available when its file is in `shared/locales`; the pseudo-locale always is.
 */
export function catalogueLoader(english: string, imports: CatalogueImports) {
  const byLocale = new Map<string, () => Promise<unknown>>();
  for (const [file, load] of Object.entries(imports)) {
    const name = file
      .split('/')
      .pop()
      ?.replace(/\.ftl(\?.*)?$/, '');
    if (name && name !== DEFAULT_LOCALE) byLocale.set(name, load);
  }
  const available = [DEFAULT_LOCALE, ...[...byLocale.keys()].sort()];
  const cache = new Map<string, Promise<Translator>>();
  const load = (locale: string): Promise<Translator> => {
    const known = locale === PSEUDO_RTL_LOCALE || available.includes(locale) ? locale : DEFAULT_LOCALE;
    let translator = cache.get(known);
    if (!translator) {
      const importer = byLocale.get(known);
      translator = (importer ? importer() : Promise.resolve(null))
        .then((mod) => {
          const text = typeof mod === 'string' ? mod : (mod as { default?: unknown } | null)?.default;
          const sources: Record<string, string> = { [DEFAULT_LOCALE]: english };
          if (typeof text === 'string') sources[known] = text;
          return createTranslator(known, sources);
        })
        .catch(() => createTranslator(DEFAULT_LOCALE, { [DEFAULT_LOCALE]: english }));
      cache.set(known, translator);
    }
    return translator;
  };
  return { available, load, english: createTranslator(DEFAULT_LOCALE, { [DEFAULT_LOCALE]: english }) };
}
export type CatalogueLoader = ReturnType<typeof catalogueLoader>;
