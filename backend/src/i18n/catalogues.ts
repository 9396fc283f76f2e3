import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTranslator, negotiateLocale, type Translator } from '@codepool/shared/i18n';
import type { UserRow } from '../db/schema/index.ts';

const require = createRequire(import.meta.url);
const LOCALES_DIR = path.dirname(require.resolve('@codepool/shared/locales/en.ftl'));

/**
 * Every catalogue in `shared/locales`, read once at start: a language is there when its file is.
 * The bot, the notifications and the API's language check all read this one map.
 */
export const CATALOGUES: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => [f.slice(0, -'.ftl'.length), readFileSync(path.join(LOCALES_DIR, f), 'utf8')]),
);

export const AVAILABLE_LOCALES: readonly string[] = Object.keys(CATALOGUES);

/** The language Codepool speaks to a user: their own choice, else Telegram's `language_code` (`pt-br` → `pt`), else English. */
export function localeOf(user: Pick<UserRow, 'locale' | 'languageCode'>): string {
  return negotiateLocale([user.locale, user.languageCode], AVAILABLE_LOCALES);
}

const translators = new Map<string, Translator>();

/** One translator per language, made on first use. */
export function translatorFor(locale: string): Translator {
  let tr = translators.get(locale);
  if (!tr) {
    tr = createTranslator(locale, CATALOGUES);
    translators.set(tr.locale, tr);
    translators.set(locale, tr);
  }
  return tr;
}
