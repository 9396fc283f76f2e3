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

/**
 * Finds or creates the user behind a Telegram identity, keeping names current. It never
 * makes anyone a seller: that is `becomeSeller`, which writes the audit row.
 */
export async function upsertTelegramUser(db: DbOrTx, tg: TelegramUser, { unblock = false } = {}): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      id: uuidv7(),
      telegramId: tg.id,
      firstName: tg.first_name,
      lastName: tg.last_name ?? null,
      username: tg.username ?? null,
      languageCode: tg.language_code ?? null,
    })
    .onConflictDoUpdate({
      target: users.telegramId,
      set: {
        firstName: tg.first_name,
        lastName: tg.last_name ?? null,
        username: tg.username ?? null,
        languageCode: tg.language_code ?? null,
        ...(unblock ? { blockedAt: null } : {}),
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!row) throw new Error('user upsert returned no row');
  return row;
}
