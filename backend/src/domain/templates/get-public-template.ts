import type { PublicTemplate } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import { templates, users } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { availableCount } from '../pools/stock-counts.ts';
import { toPublicTemplate } from './template-response.ts';

/**
 * A template as any signed-in user sees it, for instance a buyer arriving from a deep link.
 * A paused template still shows, so a link posted in a channel does not break, but says it
 * cannot be bought now.
 */
export async function getPublicTemplate(
  ctx: ServiceContext,
  { templateId }: { templateId: string },
): Promise<PublicTemplate> {
  const [row] = await ctx.db
    .select({ template: templates, sellerName: users.firstName })
    .from(templates)
    .innerJoin(users, eq(users.id, templates.sellerId))
    .where(eq(templates.id, templateId));
  if (!row) throw new NotFoundError('template');
  const { template } = row;
  // Anyone may read a template, as often as they like: "in stock" needs one item, not a count
  // of a pool that may hold a million.
  const available = template.defaultPoolId ? await availableCount(ctx.db, template.defaultPoolId, { upTo: 1 }) : null;
  return toPublicTemplate(template, available, row.sellerName);
}
