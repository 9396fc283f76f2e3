import { DEFAULT_LOCALE, type MessageArgs, negotiateLocale, type Translate } from '@codepool/shared/i18n';
import { I18n, type I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { UserRow } from '../db/schema/index.ts';
import { AVAILABLE_LOCALES, CATALOGUES, localeOf } from '../i18n/catalogues.ts';

type Localised = Context & I18nFlavor & { user?: UserRow };

/**
 * The bot's words, from the same catalogues as the Mini App and the dashboard (`shared/locales`).
 * The language of an update: the user's choice (`/language`), else Telegram's `language_code`
 * with fallbacks (`pt-br` → `pt`), else English. Telegram shows plain text: no bidi isolation
 * marks around names.
 */
export const botI18n = new I18n<Localised>({
  defaultLocale: DEFAULT_LOCALE,
  useSession: false,
  fluentBundleOptions: { useIsolating: false },
  localeNegotiator: (ctx) =>
    ctx.user ? localeOf(ctx.user) : negotiateLocale([ctx.from?.language_code], AVAILABLE_LOCALES),
});
for (const [locale, source] of Object.entries(CATALOGUES)) botI18n.loadLocaleSync(locale, { source });

/** Null and undefined arguments dropped, as Fluent takes only strings, numbers and dates. */
function clean(args: MessageArgs | undefined) {
  const out: Record<string, string | number | Date> = {};
  for (const [k, v] of Object.entries(args ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) out[k] = v;
  }
  return out;
}

/** A translate function bound to one language: for what is sent outside an update (notifications, the menus). */
export function botT(locale: string): Translate {
  return (key, args) => botI18n.t(locale, key, clean(args));
}
