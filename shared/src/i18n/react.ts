import { createContext, createElement, type ReactNode, useContext } from 'react';
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
