import { CreateRequestInput, type PurchaseRequest } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { purchaseRequests, templates } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { toRequestResponse } from './request-response.ts';

/** A buyer opens a request: the price is fixed now, and the request waits for payment. */
export async function createRequest(ctx: ServiceContext, input: CreateRequestInput): Promise<PurchaseRequest> {
  const buyer = buyerId(ctx);
  const { templateId, quantity } = CreateRequestInput.parse(input);
  const row = await ctx.db.transaction(async (tx) => {
    const [tpl] = await tx.select().from(templates).where(eq(templates.id, templateId));
    if (!tpl) throw new NotFoundError('template');
    if (!tpl.active) throw new ConflictError(tpl.autoPaused ? 'this listing is sold out' : 'this listing is paused');
    if (quantity > tpl.maxQuantity) {
      throw new ValidationError(`at most ${tpl.maxQuantity} per order`, { maxQuantity: tpl.maxQuantity });
    }
    const [created] = await tx
      .insert(purchaseRequests)
      .values({
        id: uuidv7(),
        templateId,
        buyerId: buyer,
        sellerId: tpl.sellerId,
        quantity,
        unitPrice: tpl.price,
        total: tpl.price * quantity,
        currency: tpl.currency,
        expiresAt: sql`now() + make_interval(mins => ${ctx.settings.unpaidRequestTtlMin})`,
      })
      .returning();
    if (!created) throw new Error('request insert returned no row');
    await recordAudit(
      tx,
      ctx.actor,
      'request.created',
      { type: 'purchase_request', id: created.id },
      { templateId, quantity, total: created.total },
      ctx.origin,
    );
    return created;
  });
  return toRequestResponse(ctx.db, row);
}
