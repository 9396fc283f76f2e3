import { type Template, UpdateTemplateInput } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type TemplateRow, templates } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { findSellerTemplate, sellerTemplateResponse } from './find-seller-template.ts';
import { loadVariants } from './load-variants.ts';
import { applyVariantChanges } from './update-variant.ts';

/** A listing cap may not go under what the listing has already sold. */
export function checkListingCap(row: TemplateRow, maxQuantity: number | null | undefined) {
  if (maxQuantity !== undefined && maxQuantity !== null && maxQuantity < row.soldCount) {
    throw new ConflictError(`the listing has already sold ${row.soldCount}; its cap cannot be lower`, {
      rule: 'listing_cap',
      soldCount: row.soldCount,
    });
  }
}

/**
 * Edits a listing. The one-variant shorthand (price, defaultPoolId, per-order bounds, limit)
 * edits its only variant, so a listing made before variants is edited as it always was; on a
 * listing with several variants it is refused (409, rule variant_required).
 */
export async function updateTemplate(
  ctx: ServiceContext,
  { templateId, ...patch }: { templateId: string } & UpdateTemplateInput,
): Promise<Template> {
  const owner = sellerId(ctx);
  const { price, defaultPoolId, minPerOrder, maxPerOrder, buyerLimit, ...listing } = UpdateTemplateInput.parse(patch);
  const shorthand = { price, poolId: defaultPoolId, minPerOrder, maxPerOrder, buyerLimit };
  const pools = await ctx.db.transaction(async (tx: Tx) => {
    const row = await findSellerTemplate(tx, owner, templateId, { lock: true });
    checkListingCap(row, listing.maxQuantity);
    const touched: (string | null)[] = [];
    if (Object.values(shorthand).some((v) => v !== undefined)) {
      const live = (await loadVariants(tx, [templateId])).get(templateId) ?? [];
      const [only] = live;
      if (live.length !== 1 || !only) {
        throw new ConflictError('this listing has several variants: edit the variant', { rule: 'variant_required' });
      }
      const changed = await applyVariantChanges(tx, ctx, owner, only, shorthand);
      touched.push(only.poolId, changed.poolId);
    }
    if (Object.keys(listing).length > 0 || touched.length > 0) {
      await tx
        .update(templates)
        .set({
          ...listing,
          // A seller's own pause or resume, or a new binding, overrides the automatic pause.
          ...(listing.active !== undefined || defaultPoolId !== undefined ? { autoPaused: false } : {}),
          updatedAt: sql`now()`,
        })
        .where(eq(templates.id, templateId));
    }
    await recordAudit(
      tx,
      ctx.actor,
      'template.updated',
      { type: 'template', id: templateId },
      { changes: { ...listing, ...Object.fromEntries(Object.entries(shorthand).filter(([, v]) => v !== undefined)) } },
      ctx.origin,
    );
    const live = (await loadVariants(tx, [templateId])).get(templateId) ?? [];
    return [...new Set([...touched, ...live.map((v) => v.poolId)].filter((p): p is string => p !== null))];
  });
  for (const poolId of pools) await refreshStockSignals(ctx, { poolId });
  return sellerTemplateResponse(ctx.db, owner, templateId);
}
