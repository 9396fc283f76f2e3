import { Id } from '@codepool/shared';
import { eq, sql } from 'drizzle-orm';
import { pools, purchaseRequests, templates, templateVariants, users } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { availableCount } from '../pools/stock-counts.ts';
import { sourceOfPool } from '../suppliers/sources/load-source.ts';
import { buyerUnits, checkPurchase } from '../templates/purchase-rules.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether the pool's active on_demand source, by its cached quote, can supply `missing` within the cap. */
async function supplierCovers(ctx: ServiceContext, poolId: string, missing: number): Promise<boolean> {
  const source = await sourceOfPool(ctx.db, poolId);
  if (source?.mode !== 'on_demand' || source.status !== 'active' || !source.quote) return false;
  const { unitCost, available } = source.quote;
  if (unitCost === null || unitCost > source.maxUnitCost) return false;
  // A supplier that does not say how many it holds is taken at its price.
  return available === null || available >= missing;
}

export type PreCheckout = { requestId: string; amount: number; currency: string; payerTelegramId: number };

/**
 * Telegram's last question before it takes the Stars: answer yes only if the request is
 * still awaiting payment by this buyer and not past its expiry, the listing still sells (active,
 * its variant's pool not paused), the amount matches, the variant's rules hold (caps, the
 * buyer's limit), and a bound pool has the stock.
 * Returns the reason to show the buyer when the answer is no.
 */
/**
 * Why a checkout is refused: `code` (and for a broken purchase rule, the rule with its figures)
 * for the bot to say in the buyer's language; `reason`, the same in English.
 */
export type PreCheckoutRefusal = {
  ok: false;
  code:
    | 'not_ours'
    | 'gone'
    | 'not_yours'
    | 'not_pending'
    | 'expired'
    | 'paused'
    | 'price_changed'
    | 'rule'
    | 'sold_out';
  rule?: Record<string, unknown>;
  reason: string;
};

export async function checkPreCheckout(
  ctx: ServiceContext,
  q: PreCheckout,
): Promise<{ ok: true } | PreCheckoutRefusal> {
  if (!Id.safeParse(q.requestId).success)
    return { ok: false, code: 'not_ours', reason: 'This invoice is not from Codepool.' };
  const [row] = await ctx.db
    .select({
      request: purchaseRequests,
      template: templates,
      variant: templateVariants,
      poolId: templateVariants.poolId,
      active: templates.active,
      pausedAt: pools.pausedAt,
      buyerTg: users.telegramId,
      expired: sql<boolean>`coalesce(${purchaseRequests.expiresAt} <= now(), false)`,
    })
    .from(purchaseRequests)
    .innerJoin(templates, eq(templates.id, purchaseRequests.templateId))
    .innerJoin(templateVariants, eq(templateVariants.id, purchaseRequests.variantId))
    .innerJoin(users, eq(users.id, purchaseRequests.buyerId))
    .leftJoin(pools, eq(pools.id, templateVariants.poolId))
    .where(eq(purchaseRequests.id, q.requestId));
  if (!row) return { ok: false, code: 'gone', reason: 'This order no longer exists.' };
  const { request } = row;
  if (row.buyerTg !== q.payerTelegramId)
    return { ok: false, code: 'not_yours', reason: 'This order belongs to someone else.' };
  if (request.status !== 'pending_payment')
    return { ok: false, code: 'not_pending', reason: 'This order was already paid or cancelled.' };
  if (row.expired)
    return {
      ok: false,
      code: 'expired',
      reason: 'This order expired; open the listing again. You have not been charged.',
    };
  if (!row.active || row.pausedAt) {
    return {
      ok: false,
      code: 'paused',
      reason: 'This listing is paused by the seller right now. You have not been charged.',
    };
  }
  if (q.currency !== request.currency || q.amount !== request.total) {
    return { ok: false, code: 'price_changed', reason: 'The price changed; open the order again.' };
  }
  // The variant's rules, a second time: sold out under a cap, or the buyer's limit reached by
  // another order meanwhile. Funding checks them once more, under lock.
  const { variant, template } = row;
  const bought = variant.buyerLimitPeriod ? await buyerUnits(ctx.db, { buyerId: request.buyerId, variant }) : 0;
  const broken = checkPurchase({ variant, template, quantity: request.quantity, bought });
  if (broken) {
    return {
      ok: false,
      code: 'rule',
      rule: broken.details,
      reason: `${capitalise(broken.message)}. You have not been charged.`,
    };
  }
  // Enough for this request is the question; counting stops there. An on_demand pool adds
  // what its supplier offers, as last seen (the cached quote): never a supplier call here.
  if (row.poolId) {
    const own = await availableCount(ctx.db, row.poolId, { upTo: request.quantity });
    if (own < request.quantity && !(await supplierCovers(ctx, row.poolId, request.quantity - own))) {
      return { ok: false, code: 'sold_out', reason: 'Sorry, this item just sold out. You have not been charged.' };
    }
  }
  return { ok: true };
}
