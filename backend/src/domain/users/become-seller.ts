import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** Opens a shop for a signed-in user: from now on they may keep pools and listings. */
export async function becomeSeller(ctx: ServiceContext, { userId }: { userId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ isSeller: true }).where(eq(users.id, userId)).returning();
    if (!user) throw new NotFoundError('user');
    await recordAudit(tx, ctx.actor, 'user.became_seller', { type: 'user', id: userId }, {}, ctx.origin);
    return user;
  });
}
