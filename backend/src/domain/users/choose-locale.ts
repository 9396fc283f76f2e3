import { eq, sql } from 'drizzle-orm';
import { type UserRow, users } from '../../db/schema/index.ts';
import { AVAILABLE_LOCALES } from '../../i18n/catalogues.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { telegramUserCache } from './telegram-user-cache.ts';

/**
 * Stores the language a user chose (from `/language`, the Mini App or the dashboard), or null to
 * follow Telegram's again. Only a language with a catalogue can be chosen: a choice nothing can
 * speak would silently read as English.
 */
export async function chooseLocale(
  ctx: Pick<ServiceContext, 'db'>,
  { userId, locale }: { userId: string; locale: string | null },
): Promise<UserRow> {
  const known = locale === null ? null : AVAILABLE_LOCALES.find((l) => l.toLowerCase() === locale.toLowerCase());
  if (locale !== null && !known) {
    throw new ValidationError(`Codepool does not speak "${locale}"`, { available: AVAILABLE_LOCALES });
  }
  const [row] = await ctx.db
    .update(users)
    .set({ locale: known ?? null, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw new NotFoundError('user');
  telegramUserCache(ctx.db).forget(row.telegramId);
  return row;
}
