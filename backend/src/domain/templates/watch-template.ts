import { eq } from 'drizzle-orm';
import { stockWatchers, templates } from '../../db/schema/index.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** The buyer asks to be told when a sold-out template is back in stock. Asking twice is the same as once. */
export async function watchTemplate(ctx: ServiceContext, { templateId }: { templateId: string }) {
  const buyer = buyerId(ctx);
  const [tpl] = await ctx.db.select({ id: templates.id }).from(templates).where(eq(templates.id, templateId));
  if (!tpl) throw new NotFoundError('template');
  await ctx.db.insert(stockWatchers).values({ templateId, userId: buyer }).onConflictDoNothing();
  return { watching: true };
}
