import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';

/** Our user behind a Telegram id, if they ever wrote to us; null for a stranger. */
export async function userByTelegramId(db: DbOrTx, telegramId: number | null | undefined): Promise<string | null> {
  if (telegramId === undefined || telegramId === null) return null;
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.telegramId, telegramId));
  return u?.id ?? null;
}
