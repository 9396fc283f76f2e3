import { type Template, UpdateTemplateInput } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { templates } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { checkPoolBinding } from './check-pool-binding.ts';
import { findSellerTemplate, sellerTemplateResponse } from './find-seller-template.ts';

/** Edits a template; binding it to a pool (`defaultPoolId`) is how a seller wires stock to sales. */
export async function updateTemplate(
  ctx: ServiceContext,
  { templateId, ...patch }: { templateId: string } & UpdateTemplateInput,
): Promise<Template> {
  const owner = sellerId(ctx);
  const changes = UpdateTemplateInput.parse(patch);
  const row = await ctx.db.transaction(async (tx) => {
    await findSellerTemplate(tx, owner, templateId);
    await checkPoolBinding(tx, owner, changes.defaultPoolId);
    const [updated] = await tx
      .update(templates)
      .set({
        ...changes,
        // A seller's own pause or resume, or a new binding, overrides the automatic pause.
        ...(changes.active !== undefined || changes.defaultPoolId !== undefined ? { autoPaused: false } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(templates.id, templateId))
      .returning();
    if (!updated) throw new Error('template update returned no row');
    await recordAudit(tx, ctx.actor, 'template.updated', { type: 'template', id: templateId }, { changes }, ctx.origin);
    return updated;
  });
  if (row.defaultPoolId) await refreshStockSignals(ctx, { poolId: row.defaultPoolId });
  return sellerTemplateResponse(ctx.db, owner, templateId);
}
