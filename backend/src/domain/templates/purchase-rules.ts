import { type BuyerLimitPeriod, type PurchaseRule, SOLD_STATUSES, type VariantBlock } from '@codepool/shared';
import { and, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  purchaseRequests,
  type TemplateRow,
  type TemplateVariantRow,
  templates,
  templateVariants,
} from '../../db/schema/index.ts';
import { ConflictError, LimitExceededError, type ServiceError, ValidationError } from '../errors.ts';
import { buyerLimitOf, capRemaining } from './template-response.ts';

// The rules of a purchase, in one place, checked three times: when the request is opened (an
// error naming the rule), at pre-checkout (Telegram is answered no with the message), and in
// the funding transaction (takeUnits), where the listing and variant rows are locked, so two
// payments for the last units cannot both pass. Sold counts move only here and in giveBackUnits.

const PERIOD_INTERVAL: Record<BuyerLimitPeriod, string | null> = { day: '1 day', week: '7 days', lifetime: null };
const PERIOD_WORDS: Record<BuyerLimitPeriod, string> = { day: 'per day', week: 'per week', lifetime: 'in total' };

export type RuleBreak = { rule: PurchaseRule; message: string; details: Record<string, unknown> };

/** Units the buyer holds of a variant within its limit's period (funded and not refunded). */
export async function buyerUnits(
  db: DbOrTx,
  { buyerId, variant }: { buyerId: string; variant: TemplateVariantRow },
): Promise<number> {
  if (!variant.buyerLimitPeriod) return 0;
  const interval = PERIOD_INTERVAL[variant.buyerLimitPeriod];
  const conditions: SQL[] = [
    eq(purchaseRequests.buyerId, buyerId),
    eq(purchaseRequests.variantId, variant.id),
    inArray(purchaseRequests.status, [...SOLD_STATUSES]),
  ];
  if (interval) conditions.push(gt(purchaseRequests.fundedAt, sql`now() - ${interval}::interval`));
  const [row] = await db
    .select({ units: sql<number>`coalesce(sum(${purchaseRequests.quantity}), 0)::int` })
    .from(purchaseRequests)
    .where(and(...conditions));
  return row?.units ?? 0;
}

type Purchase = {
  variant: TemplateVariantRow;
  template: TemplateRow;
  quantity: number;
  /** The buyer's units within the limit's period, from buyerUnits. */
  bought: number;
};

function capBreaks({ variant, template, quantity, bought }: Purchase): RuleBreak | null {
  const variantLeft = capRemaining(variant.maxQuantity, variant.soldCount);
  if (variantLeft !== null && quantity > variantLeft) {
    return {
      rule: 'variant_cap',
      message: variantLeft === 0 ? `${variant.title} is sold out` : `only ${variantLeft} left of ${variant.title}`,
      details: { rule: 'variant_cap', remaining: variantLeft },
    };
  }
  const listingLeft = capRemaining(template.maxQuantity, template.soldCount);
  if (listingLeft !== null && quantity > listingLeft) {
    return {
      rule: 'listing_cap',
      message: listingLeft === 0 ? `${template.title} is sold out` : `only ${listingLeft} left of ${template.title}`,
      details: { rule: 'listing_cap', remaining: listingLeft },
    };
  }
  const limit = buyerLimitOf(variant);
  if (limit && bought + quantity > limit.count) {
    const remaining = Math.max(0, limit.count - bought);
    return {
      rule: 'buyer_limit',
      message: `at most ${limit.count} ${PERIOD_WORDS[limit.period]} per buyer; you may buy ${remaining} more`,
      details: { rule: 'buyer_limit', count: limit.count, period: limit.period, remaining },
    };
  }
  return null;
}

/** Every rule, as checked when a request is opened and at pre-checkout. */
export function checkPurchase(p: Purchase): RuleBreak | null {
  const { variant, quantity } = p;
  if (!variant.active || variant.removedAt) {
    return {
      rule: 'variant_inactive',
      message: `${variant.title} is not sold right now`,
      details: { rule: 'variant_inactive' },
    };
  }
  if (quantity < variant.minPerOrder) {
    return {
      rule: 'min_per_order',
      message: `at least ${variant.minPerOrder} per order`,
      details: { rule: 'min_per_order', min: variant.minPerOrder },
    };
  }
  if (quantity > variant.maxPerOrder) {
    return {
      rule: 'max_per_order',
      message: `at most ${variant.maxPerOrder} per order`,
      details: { rule: 'max_per_order', max: variant.maxPerOrder },
    };
  }
  return capBreaks(p);
}

/** The error a broken rule answers with: 400 for the order's own shape, 409 for caps, 429 for the buyer's limit. */
export function ruleError(broken: RuleBreak): ServiceError {
  switch (broken.rule) {
    case 'min_per_order':
    case 'max_per_order':
      return new ValidationError(broken.message, broken.details);
    case 'buyer_limit':
      return new LimitExceededError(broken.message, broken.details);
    case 'variant_required':
    case 'variant_inactive':
    case 'variant_cap':
    case 'listing_cap':
      return new ConflictError(broken.message, broken.details);
  }
}

export type Allowance = {
  remaining: number | null;
  buyerRemaining: number | null;
  maxNow: number;
  blockedBy: VariantBlock | null;
};

/**
 * What a buyer may buy of a variant now: the tightest of its per-order maximum, both caps, their
 * own limit and (for a pooled variant) the stock, and which of them blocks when it is below
 * the per-order minimum.
 */
export function purchaseAllowance({
  variant,
  template,
  bought,
  stock,
}: {
  variant: TemplateVariantRow;
  template: TemplateRow;
  bought: number;
  /** Drawable items, counted up to maxPerOrder; null for manual delivery. */
  stock: number | null;
}): Allowance {
  const variantLeft = capRemaining(variant.maxQuantity, variant.soldCount);
  const listingLeft = capRemaining(template.maxQuantity, template.soldCount);
  const limit = buyerLimitOf(variant);
  const buyerRemaining = limit ? Math.max(0, limit.count - bought) : null;
  const bounds: [VariantBlock, number | null][] = [
    // A listing paused for lack of stock reads as sold out, which is what the buyer needs to know.
    ['paused', (template.active || template.autoPaused) && variant.active ? null : 0],
    ['sold_out', stock],
    ['variant_cap', variantLeft],
    ['listing_cap', listingLeft],
    ['buyer_limit', buyerRemaining],
  ];
  const blocked = bounds.find(([, bound]) => bound !== null && bound < variant.minPerOrder);
  const maxNow = blocked
    ? 0
    : Math.min(variant.maxPerOrder, ...bounds.flatMap(([, bound]) => (bound === null ? [] : [bound])));
  const remaining =
    variantLeft === null ? listingLeft : listingLeft === null ? variantLeft : Math.min(variantLeft, listingLeft);
  return { remaining, buyerRemaining, maxNow, blockedBy: blocked?.[0] ?? null };
}

export type UnitsRefusal = 'variant_cap' | 'listing_cap' | 'buyer_limit';

/**
 * Inside the funding transaction: lock the listing, then the variant (always in that order, as
 * the seller's edits do), check the caps and the buyer's limit against what is committed, and
 * add the units to both sold counts. A refusal changes nothing; the caller refunds the charge.
 */
export async function takeUnits(
  tx: Tx,
  req: { templateId: string; variantId: string; buyerId: string; quantity: number },
): Promise<UnitsRefusal | null> {
  const [template] = await tx.select().from(templates).where(eq(templates.id, req.templateId)).for('update');
  const [variant] = await tx
    .select()
    .from(templateVariants)
    .where(eq(templateVariants.id, req.variantId))
    .for('update');
  if (!template || !variant) throw new Error(`request's listing ${req.templateId} or variant ${req.variantId} is gone`);
  const bought = await buyerUnits(tx, { buyerId: req.buyerId, variant });
  const broken = capBreaks({ variant, template, quantity: req.quantity, bought });
  if (broken) return broken.rule as UnitsRefusal;
  await moveUnits(tx, req, req.quantity);
  return null;
}

/** A refunded sale gives its units back to both levels. */
export async function giveBackUnits(tx: Tx, req: { templateId: string; variantId: string; quantity: number }) {
  await moveUnits(tx, req, -req.quantity);
}

async function moveUnits(tx: Tx, req: { templateId: string; variantId: string }, by: number) {
  await tx
    .update(templateVariants)
    .set({ soldCount: sql`${templateVariants.soldCount} + ${by}` })
    .where(eq(templateVariants.id, req.variantId));
  await tx
    .update(templates)
    .set({ soldCount: sql`${templates.soldCount} + ${by}` })
    .where(eq(templates.id, req.templateId));
}
