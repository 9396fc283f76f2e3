import { Me } from '@codepool/shared';
import { catalogueLoader, negotiateLocale, PSEUDO_RTL_LOCALE, type Translator } from '@codepool/shared/i18n';
import { I18nProvider, useLoadedTranslator } from '@codepool/shared/i18n/react';
import english from '@codepool/shared/locales/en.ftl?raw';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useMe } from '../features/auth/api/get-me.ts';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

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
 * `?lang=ru` (or the pseudo-locale `ar-XB`) shows the dashboard in that language for this tab,
 * whatever the account's choice: for translators checking their work, and for tests.
 */
function languageOverride(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl) sessionStorage.setItem(OVERRIDE_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(OVERRIDE_KEY);
}

/** A choice on the account ends a `?lang=` preview: from the tab and from its address. */
function dropOverride() {
  sessionStorage.removeItem(OVERRIDE_KEY);
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', url);
}

/** Before sign-in the browser's languages decide; after, the account's (`GET /me`'s `locale`). */
export function firstLocale(): string {
  return negotiateLocale([languageOverride(), ...navigator.languages], [...catalogues.available, PSEUDO_RTL_LOCALE]);
}

type LanguageSwitch = {
  locale: string;
  /** The languages a switch offers, each named in itself. */
  languages: { locale: string; name: string }[];
  /** The account's own choice, or null to follow Telegram's language again. */
  choose: (locale: string | null) => Promise<void>;
  choosing: boolean;
};
const LanguageContext = createContext<LanguageSwitch | null>(null);

export function useLanguageSwitch(): LanguageSwitch {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguageSwitch outside I18nRoot');
  return value;
}

/** Names for the switch, each in its own language ("English", "Русский"), from `Intl`. */
const languageNames = catalogues.available.map((locale) => {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return { locale, name: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
});

export function I18nRoot({ initial, children }: { initial: Translator; children: ReactNode }) {
  const me = useMe();
  const override = languageOverride();
  const wanted = override ?? me.data?.locale ?? initial.locale;
  const translator = useLoadedTranslator(catalogues, wanted, initial);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (locale: string | null) => apiRequest('/me', Me, { method: 'PATCH', body: { locale } }),
    onSuccess: (updated) => {
      dropOverride();
      queryClient.setQueryData(queryKeys.me, updated);
    },
  });
  const value = useMemo<LanguageSwitch>(
    () => ({
      locale: translator.locale,
      languages: languageNames,
      choose: async (locale) => {
        await mutation.mutateAsync(locale);
      },
      choosing: mutation.isPending,
    }),
    [translator.locale, mutation],
  );
  return (
    <LanguageContext.Provider value={value}>
      <I18nProvider translator={translator}>{children}</I18nProvider>
    </LanguageContext.Provider>
  );
}
