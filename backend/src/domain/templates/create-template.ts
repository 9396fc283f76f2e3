import { CreateTemplateInput, type Template } from '@codepool/shared';
import { templates } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { refreshStockSignals } from '../fulfillment/stock-signals.ts';
import { checkPoolBinding } from './check-pool-binding.ts';
import { sellerTemplateResponse } from './find-seller-template.ts';

export async function createTemplate(ctx: ServiceContext, input: CreateTemplateInput): Promise<Template> {
  const owner = sellerId(ctx);
  const t = CreateTemplateInput.parse(input);
  const row = await ctx.db.transaction(async (tx) => {
    await checkPoolBinding(tx, owner, t.defaultPoolId);
    const [created] = await tx
      .insert(templates)
      .values({ id: uuidv7(), sellerId: owner, ...t })
      .returning();
    if (!created) throw new Error('template insert returned no row');
    await recordAudit(
      tx,
      ctx.actor,
      'template.created',
      { type: 'template', id: created.id },
      { title: created.title, price: created.price, defaultPoolId: created.defaultPoolId },
      ctx.origin,
    );
    return created;
  });
  // Bound to an empty pool with auto-pause: it starts paused, like any template whose pool ran dry.
  if (row.defaultPoolId) await refreshStockSignals(ctx, { poolId: row.defaultPoolId });
  return sellerTemplateResponse(ctx.db, owner, row.id);
}
