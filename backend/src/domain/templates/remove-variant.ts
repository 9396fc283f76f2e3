import type { Template } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { purchaseRequests, stockWatchers, templateVariants } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { findSellerTemplate, findSellerVariant, sellerTemplateResponse } from './find-seller-template.ts';
import { loadVariants } from './load-variants.ts';

/**
 * Removes a variant from sale. One nobody ordered is deleted; one with requests is kept for
 * them (their titles, prices and sold counts stay true) and marked removed. The last live
 * variant of a listing stays: pause the listing instead.
 */
export async function removeVariant(
  ctx: ServiceContext,
  { templateId, variantId }: { templateId: string; variantId: string },
): Promise<Template> {
  const owner = sellerId(ctx);
  await ctx.db.transaction(async (tx) => {
    await findSellerTemplate(tx, owner, templateId, { lock: true });
    const variant = await findSellerVariant(tx, templateId, variantId);
    const live = (await loadVariants(tx, [templateId])).get(templateId) ?? [];
    if (live.length <= 1) {
      throw new ConflictError('a listing keeps at least one variant; pause the listing instead', {
        rule: 'variant_required',
      });
    }
    await tx.delete(stockWatchers).where(eq(stockWatchers.variantId, variantId));
    const [ordered] = await tx
      .select({ id: purchaseRequests.id })
      .from(purchaseRequests)
      .where(eq(purchaseRequests.variantId, variantId))
      .limit(1);
    if (ordered) {
      await tx
        .update(templateVariants)
        .set({ removedAt: sql`now()`, active: false, updatedAt: sql`now()` })
        .where(eq(templateVariants.id, variantId));
    } else {
      await tx.delete(templateVariants).where(eq(templateVariants.id, variantId));
    }
    await recordAudit(
      tx,
      ctx.actor,
      'variant.removed',
      { type: 'template_variant', id: variantId },
      { templateId, title: variant.title, kept: Boolean(ordered) },
      ctx.origin,
    );
  });
  return sellerTemplateResponse(ctx.db, owner, templateId);
}
