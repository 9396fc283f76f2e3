import { catalogueLoader, negotiateLocale, PSEUDO_RTL_LOCALE, type Translator } from '@codepool/shared/i18n';
import { I18nProvider, useLoadedTranslator } from '@codepool/shared/i18n/react';
import english from '@codepool/shared/locales/en.ftl?raw';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** English in the bundle; every other catalogue in `shared/locales` fetched when first used. */
export const catalogues = catalogueLoader(
  english,
  import.meta.glob(['../../../shared/locales/*.ftl', '!../../../shared/locales/en.ftl'], {
    query: '?raw',
    import: 'default',
  }),
);

const OVERRIDE_KEY = 'codepool.lang';

/**
 * `?lang=ru` (or the pseudo-locale `ar-XB`) shows the Mini App in that language for this
 * session, whatever the account's choice: for translators checking their work, and for tests.
 * It is in the query string: Telegram's launch parameters take the hash.
 */
function languageOverride(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl) sessionStorage.setItem(OVERRIDE_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(OVERRIDE_KEY);
}

/** Before `/me` answers: the override, then the language of the Telegram client, then English. */
export function firstLocale(telegramLanguage: string | undefined): string {
  return negotiateLocale([languageOverride(), telegramLanguage], [...catalogues.available, PSEUDO_RTL_LOCALE]);
}

export type LanguageOption = { locale: string; name: string };

/** Names for the switch, each in its own language ("English", "Русский"), from `Intl`. */
export const languageOptions: LanguageOption[] = catalogues.available.map((locale) => {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return { locale, name: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
});

type AppLanguage = {
  /** The language on screen. */
  locale: string;
  /** The account's language (`me.locale`): the app follows it unless `?lang=` overrides it. */
  followAccount: (locale: string) => void;
  /** Drops the `?lang=` override, so the account's language (just saved) shows. */
  clearOverride: () => void;
};
const LanguageContext = createContext<AppLanguage | null>(null);

export function useAppLanguage(): AppLanguage {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useAppLanguage outside I18nRoot');
  return value;
}

/**
 * The translator of the whole app: the first language (loaded before the first render) until
 * the account's is known, then the account's, unless `?lang=` overrides both. `<html lang dir>`
 * follows it.
 */
export function I18nRoot({ initial, children }: { initial: Translator; children: ReactNode }) {
  const [override, setOverride] = useState(languageOverride);
  const [account, setAccount] = useState<string | null>(null);
  const translator = useLoadedTranslator(catalogues, override ?? account ?? initial.locale, initial);
  const clearOverride = useCallback(() => {
    sessionStorage.removeItem(OVERRIDE_KEY);
    setOverride(null);
  }, []);
  const value = useMemo<AppLanguage>(
    () => ({ locale: translator.locale, followAccount: setAccount, clearOverride }),
    [translator.locale, clearOverride],
  );
  return (
    <LanguageContext.Provider value={value}>
      <I18nProvider translator={translator}>{children}</I18nProvider>
    </LanguageContext.Provider>
  );
}
