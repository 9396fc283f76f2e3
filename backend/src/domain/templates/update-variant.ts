import { type Template, UpdateVariantInput } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type TemplateVariantRow, templates, templateVariants } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { checkPoolBinding } from './check-pool-binding.ts';
import { findSellerTemplate, findSellerVariant, sellerTemplateResponse } from './find-seller-template.ts';
import { loadVariants } from './load-variants.ts';
import { limitColumns } from './variant-row.ts';

/**
 * Writes a variant's changes, checked against what it holds: a cap may not go under what it
 * sold, a pool must be the seller's and live, and the per-order bounds stay in order.
 * The caller holds the listing's row lock.
 */
export async function applyVariantChanges(
  tx: Tx,
  ctx: ServiceContext,
  owner: string,
  variant: TemplateVariantRow,
  { buyerLimit, position, ...changes }: UpdateVariantInput,
): Promise<TemplateVariantRow> {
  if (changes.maxQuantity !== undefined && changes.maxQuantity !== null && changes.maxQuantity < variant.soldCount) {
    throw new ConflictError(`${variant.title} has already sold ${variant.soldCount}; its cap cannot be lower`, {
      rule: 'variant_cap',
      soldCount: variant.soldCount,
    });
  }
  const min = changes.minPerOrder ?? variant.minPerOrder;
  const max = changes.maxPerOrder ?? variant.maxPerOrder;
  if (min > max) throw new ValidationError('minPerOrder must not exceed maxPerOrder', { min, max });
  if (changes.poolId !== undefined) await checkPoolBinding(tx, owner, changes.poolId);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const [updated] = await tx
    .update(templateVariants)
    .set({ ...defined, ...limitColumns(buyerLimit), updatedAt: sql`now()` })
    .where(eq(templateVariants.id, variant.id))
    .returning();
  if (!updated) throw new Error('variant update returned no row');
  if (position !== undefined) await moveVariant(tx, updated, position);
  await recordAudit(
    tx,
    ctx.actor,
    'variant.updated',
    { type: 'template_variant', id: variant.id },
    {
      templateId: variant.templateId,
      changes: {
        ...defined,
        ...(buyerLimit !== undefined ? { buyerLimit } : {}),
        ...(position !== undefined ? { position } : {}),
      },
    },
    ctx.origin,
  );
  return updated;
}

/** Puts the variant at `position` among the listing's live variants and numbers them 0, 1, 2, … again. */
async function moveVariant(tx: Tx, variant: TemplateVariantRow, position: number) {
  const live = (await loadVariants(tx, [variant.templateId])).get(variant.templateId) ?? [];
  const others = live.filter((v) => v.id !== variant.id);
  const order = [...others.slice(0, position), variant, ...others.slice(position)];
  for (const [i, v] of order.entries()) {
    if (v.position !== i || v.id === variant.id) {
      await tx.update(templateVariants).set({ position: i }).where(eq(templateVariants.id, v.id));
    }
  }
}

export async function updateVariant(
  ctx: ServiceContext,
  { templateId, variantId, ...patch }: { templateId: string; variantId: string } & UpdateVariantInput,
): Promise<Template> {
  const owner = sellerId(ctx);
  const changes = UpdateVariantInput.parse(patch);
  const pools = await ctx.db.transaction(async (tx) => {
    await findSellerTemplate(tx, owner, templateId, { lock: true });
    const variant = await findSellerVariant(tx, templateId, variantId);
    const updated = await applyVariantChanges(tx, ctx, owner, variant, changes);
    if (changes.poolId !== undefined) {
      // A new binding overrides the automatic pause, as it does for a listing.
      await tx.update(templates).set({ autoPaused: false, updatedAt: sql`now()` }).where(eq(templates.id, templateId));
    }
    return [variant.poolId, updated.poolId];
  });
  for (const poolId of new Set(pools)) if (poolId) await refreshStockSignals(ctx, { poolId });
  return sellerTemplateResponse(ctx.db, owner, templateId);
}
