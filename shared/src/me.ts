import { z } from 'zod';
import { Id } from './common.ts';
import { LocaleTag } from './i18n/locales.ts';

export const Me = z.object({
  id: Id,
  telegramId: z.string(),
  firstName: z.string(),
  username: z.string().nullable(),
  isSeller: z.boolean(),
  /** The language Codepool speaks to this user: their choice, else Telegram's `language_code`, else English. */
  locale: LocaleTag,
  /** The language the user chose themselves; null follows Telegram's. */
  localeChoice: LocaleTag.nullable(),
});
export type Me = z.infer<typeof Me>;

/** `PATCH /me`: choose a language (one Codepool has a catalogue for), or null to follow Telegram's again. */
export const UpdateMeInput = z.strictObject({ locale: LocaleTag.nullable() });
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;
