import type { PublicTemplate, PublicVariant } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type TemplateRow, type TemplateVariantRow, templates, users } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { availableCount } from '../pools/stock-counts.ts';
import { loadVariants } from './load-variants.ts';
import { buyerUnits, purchaseAllowance } from './purchase-rules.ts';
import { buyerLimitOf, toPublicTemplate } from './template-response.ts';

/**
 * The listing and the variant a purchase names: the variant given, or the only live one. A
 * listing with several variants needs the variant named (409, rule variant_required).
 */
export async function findBuyableVariant(
  db: DbOrTx,
  { templateId, variantId }: { templateId: string; variantId?: string | undefined },
): Promise<{ template: TemplateRow; variant: TemplateVariantRow; variants: TemplateVariantRow[] }> {
  const [template] = await db.select().from(templates).where(eq(templates.id, templateId));
  if (!template) throw new NotFoundError('template');
  const variants = (await loadVariants(db, [templateId])).get(templateId) ?? [];
  const variant = variantId
    ? variants.find((v) => v.id === variantId)
    : variants.length === 1
      ? variants[0]
      : undefined;
  if (variantId && !variant) throw new NotFoundError('variant');
  if (!variant) throw new ConflictError('choose one of the listing’s variants', { rule: 'variant_required' });
  return { template, variant, variants };
}

/**
 * A listing as any signed-in user sees it, for instance a buyer arriving from a deep link, with
 * each active variant's price, what is left under its caps, and what this caller's own limit
 * still allows. A paused listing still shows, so a link posted in a channel does not break,
 * but says it cannot be bought now.
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
  const viewer = ctx.actor.type === 'system' ? null : ctx.actor.userId;
  const active = ((await loadVariants(ctx.db, [templateId])).get(templateId) ?? []).filter((v) => v.active);
  const variants: PublicVariant[] = [];
  for (const variant of active) {
    // Anyone may read a listing, as often as they like: stock is counted only as far as one
    // order can take, never across a pool that may hold a million.
    const stock = variant.poolId ? await availableCount(ctx.db, variant.poolId, { upTo: variant.maxPerOrder }) : null;
    const bought = viewer && variant.buyerLimitPeriod ? await buyerUnits(ctx.db, { buyerId: viewer, variant }) : 0;
    const allowance = purchaseAllowance({ variant, template, bought, stock });
    variants.push({
      id: variant.id,
      title: variant.title,
      price: variant.price,
      minPerOrder: variant.minPerOrder,
      maxPerOrder: variant.maxPerOrder,
      // Manual delivery has no stock to count: the seller delivers by hand.
      inStock: stock === null || stock > 0,
      buyerLimit: buyerLimitOf(variant),
      ...allowance,
    });
  }
  return toPublicTemplate(template, variants, row.sellerName);
}
