import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type UserRow, users } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';

export type TelegramUser = {
  id: number;
  first_name: string;
  last_name?: string | undefined;
  username?: string | undefined;
  language_code?: string | undefined;
};

/** Finds or creates the user behind a Telegram identity, keeping names current. */
export async function upsertTelegramUser(
  db: DbOrTx,
  tg: TelegramUser,
  { seller = false, unblock = false } = {},
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      id: uuidv7(),
      telegramId: tg.id,
      firstName: tg.first_name,
      lastName: tg.last_name ?? null,
      username: tg.username ?? null,
      languageCode: tg.language_code ?? null,
      isSeller: seller,
    })
    .onConflictDoUpdate({
      target: users.telegramId,
      set: {
        firstName: tg.first_name,
        lastName: tg.last_name ?? null,
        username: tg.username ?? null,
        languageCode: tg.language_code ?? null,
        // Becoming a seller is one-way here; only an explicit call sets it.
        isSeller: seller ? true : sql`${users.isSeller}`,
        ...(unblock ? { blockedAt: null } : {}),
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!row) throw new Error('user upsert returned no row');
  return row;
}
