import { CreateRequestInput, type PurchaseRequest } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { findBuyableVariant } from '../templates/get-public-template.ts';
import { buyerUnits, checkPurchase, ruleError } from '../templates/purchase-rules.ts';
import { toRequestResponse } from './request-response.ts';

/**
 * A buyer opens a request for a variant: the price is fixed now, and the request waits for
 * payment. The variant's rules are checked here the first time, so a buyer over a cap or a
 * limit learns it before paying; funding checks them again under lock.
 */
export async function createRequest(ctx: ServiceContext, input: CreateRequestInput): Promise<PurchaseRequest> {
  const buyer = buyerId(ctx);
  const { templateId, variantId, quantity } = CreateRequestInput.parse(input);
  const row = await ctx.db.transaction(async (tx) => {
    const { template, variant } = await findBuyableVariant(tx, { templateId, variantId });
    if (!template.active) {
      throw new ConflictError(template.autoPaused ? 'this listing is sold out' : 'this listing is paused');
    }
    const bought = variant.buyerLimitPeriod ? await buyerUnits(tx, { buyerId: buyer, variant }) : 0;
    const broken = checkPurchase({ variant, template, quantity, bought });
    if (broken) throw ruleError(broken);
    const [created] = await tx
      .insert(purchaseRequests)
      .values({
        id: uuidv7(),
        templateId,
        variantId: variant.id,
        buyerId: buyer,
        sellerId: template.sellerId,
        quantity,
        unitPrice: variant.price,
        total: variant.price * quantity,
        currency: template.currency,
        expiresAt: sql`now() + make_interval(mins => ${ctx.settings.unpaidRequestTtlMin})`,
      })
      .returning();
    if (!created) throw new Error('request insert returned no row');
    await recordAudit(
      tx,
      ctx.actor,
      'request.created',
      { type: 'purchase_request', id: created.id },
      { templateId, variantId: variant.id, quantity, total: created.total },
      ctx.origin,
    );
    return created;
  });
  return toRequestResponse(ctx.db, row);
}
