import { CreateVariantInput, MAX_VARIANTS, type Template } from '@codepool/shared';
import { templateVariants } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { checkPoolBinding } from './check-pool-binding.ts';
import { findSellerTemplate, sellerTemplateResponse } from './find-seller-template.ts';
import { loadVariants } from './load-variants.ts';
import { variantValues } from './variant-row.ts';

/** Adds a variant at the end of the listing's list (up to MAX_VARIANTS live ones). */
export async function createVariant(
  ctx: ServiceContext,
  { templateId, ...input }: { templateId: string } & CreateVariantInput,
): Promise<Template> {
  const owner = sellerId(ctx);
  const v = CreateVariantInput.parse(input);
  const poolId = await ctx.db.transaction(async (tx) => {
    await findSellerTemplate(tx, owner, templateId, { lock: true });
    const live = (await loadVariants(tx, [templateId])).get(templateId) ?? [];
    if (live.length >= MAX_VARIANTS) {
      throw new ConflictError(`a listing holds at most ${MAX_VARIANTS} variants`, { max: MAX_VARIANTS });
    }
    await checkPoolBinding(tx, owner, v.poolId);
    const id = uuidv7();
    const position = Math.max(-1, ...live.map((l) => l.position)) + 1;
    await tx.insert(templateVariants).values({ id, templateId, position, ...variantValues(v) });
    await recordAudit(
      tx,
      ctx.actor,
      'variant.created',
      { type: 'template_variant', id },
      { templateId, title: v.title, price: v.price, poolId: v.poolId, maxQuantity: v.maxQuantity },
      ctx.origin,
    );
    return v.poolId;
  });
  if (poolId) await refreshStockSignals(ctx, { poolId });
  return sellerTemplateResponse(ctx.db, owner, templateId);
}
