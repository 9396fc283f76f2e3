import { CreateTemplateInput, type Template } from '@codepool/shared';
import { templates, templateVariants } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { checkPoolBinding } from './check-pool-binding.ts';
import { sellerTemplateResponse } from './find-seller-template.ts';
import { shorthandVariant, variantValues } from './variant-row.ts';

/** A listing with its variants, or with the one variant the shorthand (price, pool) describes. */
export async function createTemplate(ctx: ServiceContext, input: CreateTemplateInput): Promise<Template> {
  const owner = sellerId(ctx);
  const { variants, price, defaultPoolId, minPerOrder, maxPerOrder, buyerLimit, ...listing } =
    CreateTemplateInput.parse(input);
  const parsed = variants ?? [shorthandVariant({ price, defaultPoolId, minPerOrder, maxPerOrder, buyerLimit })];
  const created = await ctx.db.transaction(async (tx) => {
    for (const v of parsed) await checkPoolBinding(tx, owner, v.poolId);
    const id = uuidv7();
    await tx.insert(templates).values({ id, sellerId: owner, ...listing });
    const rows = await tx
      .insert(templateVariants)
      .values(parsed.map((v, position) => ({ id: uuidv7(), templateId: id, position, ...variantValues(v) })))
      .returning();
    await recordAudit(
      tx,
      ctx.actor,
      'template.created',
      { type: 'template', id },
      {
        title: listing.title,
        maxQuantity: listing.maxQuantity,
        variants: rows.map((v) => ({ id: v.id, title: v.title, price: v.price, poolId: v.poolId })),
      },
      ctx.origin,
    );
    return { id, pools: rows.flatMap((v) => (v.poolId ? [v.poolId] : [])) };
  });
  // Bound to an empty pool with auto-pause: it starts paused, like any listing whose pools ran dry.
  for (const poolId of new Set(created.pools)) await refreshStockSignals(ctx, { poolId });
  return sellerTemplateResponse(ctx.db, owner, created.id);
}
