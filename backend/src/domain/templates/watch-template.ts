import type { WatchTemplateInput } from '@codepool/shared';
import { stockWatchers } from '../../db/schema/index.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { findBuyableVariant } from './get-public-template.ts';

/**
 * The buyer asks to be told when a sold-out variant is back in stock: the one named, or the
 * listing's only variant. Asking twice is the same as once.
 */
export async function watchTemplate(
  ctx: ServiceContext,
  { templateId, variantId }: { templateId: string } & WatchTemplateInput,
) {
  const buyer = buyerId(ctx);
  const { variant } = await findBuyableVariant(ctx.db, { templateId, variantId });
  await ctx.db.insert(stockWatchers).values({ templateId, variantId: variant.id, userId: buyer }).onConflictDoNothing();
  return { watching: true };
}
