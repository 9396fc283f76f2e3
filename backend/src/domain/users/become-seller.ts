import { and, eq } from 'drizzle-orm';
import { type UserRow, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { telegramUserCache } from './telegram-user-cache.ts';

/**
 * Opens a shop for a user: from now on they may keep pools and templates. The one way anyone
 * becomes a seller — the user themself from the Mini App, an operator with `codepool
 * seller-token` or `login-link` (`{ type: 'system', job: 'cli' }`), the demo, the tests —
 * each with one `user.became_seller` row naming who did it. Already a seller: nothing is
 * written, so granting twice (or two grants racing) leaves one row.
 */
export async function becomeSeller(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'origin'>,
  { userId }: { userId: string },
): Promise<UserRow> {
  const user = await ctx.db.transaction(async (tx) => {
    const [granted] = await tx
      .update(users)
      .set({ isSeller: true })
      .where(and(eq(users.id, userId), eq(users.isSeller, false)))
      .returning();
    if (!granted) {
      const [already] = await tx.select().from(users).where(eq(users.id, userId));
      if (!already) throw new NotFoundError('user');
      return already;
    }
    await recordAudit(tx, ctx.actor, 'user.became_seller', { type: 'user', id: userId }, {}, ctx.origin);
    return granted;
  });
  // The Mini App's next call must see the shop, not the user cache's older row.
  telegramUserCache(ctx.db).forget(user.telegramId);
  return user;
}
