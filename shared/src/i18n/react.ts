import { createContext, createElement, type ReactNode, useContext, useEffect, useState } from 'react';
import type { CatalogueLoader } from './loader.ts';
import type { Translate, Translator } from './translator.ts';

const I18nContext = createContext<Translator | null>(null);

/** Puts one language's translator under a tree; the app loads the catalogue and swaps it on a switch. */
export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return createElement(I18nContext.Provider, { value: translator }, children);
}

export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('useI18n outside an I18nProvider');
  return translator;
}

export function useT(): Translate {
  return useI18n().t;
}

/** The page's `lang` and `dir` follow the language, so the browser, screen readers and CSS logical properties do. */
export function applyToDocument(translator: Translator) {
  document.documentElement.lang = translator.locale;
  document.documentElement.dir = translator.dir;
}

/**
 * The translator for `locale`, loaded from `loader` (English at once, another language after its
 * catalogue arrives: until then the previous language stays on screen), applied to the document.
 * `initial`, loaded before the first render, spares a first paint in English.
 */
export function useLoadedTranslator(loader: CatalogueLoader, locale: string, initial?: Translator): Translator {
  const [translator, setTranslator] = useState<Translator>(initial ?? loader.english);
  useEffect(() => {
    let current = true;
    void loader.load(locale).then((t) => {
      if (current) setTranslator(t);
    });
    return () => {
      current = false;
    };
  }, [loader, locale]);
  useEffect(() => applyToDocument(translator), [translator]);
  return translator;
}
