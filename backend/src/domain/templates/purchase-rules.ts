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
 * A listing or variant gained a cap or a buyer's limit while a sale of it, begun without one,
 * was being funded: the funding transaction is rolled back and run again, now under the locks.
 */
export class SalesRulesChangedError extends Error {
  constructor() {
    super('the listing gained a cap or a buyer limit during the payment; run the payment again');
  }
}

/** `count()` adds the sale's units to both sold counts; the caller runs it last in its transaction. */
export type UnitsTaken = { refused: UnitsRefusal } | { refused: null; count: () => Promise<void> };

/**
 * Inside the funding transaction. A listing with a cap or a variant with a cap or a buyer's limit
 * is locked (the listing, then the variant, always in that order, as the seller's edits do), the
 * rules checked against what is committed and the units counted at once; a refusal changes
 * nothing, and the caller refunds the charge. A listing with none of them, nearly every listing,
 * is not locked: every payment for it would queue behind the one before on those two rows. Its
 * units are counted by `count()`, one statement the caller runs last, so the rows are held from
 * there to the commit only; should a rule have appeared meanwhile, it throws
 * SalesRulesChangedError and the caller runs the payment again.
 */
export async function takeUnits(
  tx: Tx,
  req: { templateId: string; variantId: string; buyerId: string; quantity: number },
): Promise<UnitsTaken> {
  const { rows: ruled } = await tx.execute<{ free: boolean }>(sql`
    SELECT t.max_quantity IS NULL AND v.max_quantity IS NULL AND v.buyer_limit_count IS NULL AS free
      FROM templates t JOIN template_variants v ON v.template_id = t.id
     WHERE t.id = ${req.templateId} AND v.id = ${req.variantId}`);
  if (ruled[0]?.free) return { refused: null, count: () => countUnruled(tx, req) };
  const [template] = await tx.select().from(templates).where(eq(templates.id, req.templateId)).for('update');
  const [variant] = await tx
    .select()
    .from(templateVariants)
    .where(eq(templateVariants.id, req.variantId))
    .for('update');
  if (!template || !variant) throw new Error(`request's listing ${req.templateId} or variant ${req.variantId} is gone`);
  const bought = await buyerUnits(tx, { buyerId: req.buyerId, variant });
  const broken = capBreaks({ variant, template, quantity: req.quantity, bought });
  if (broken) return { refused: broken.rule as UnitsRefusal };
  await moveUnits(tx, req, req.quantity);
  return { refused: null, count: async () => undefined };
}

/** Both sold counts of a listing without rules, in one statement, only if it still has none. */
async function countUnruled(tx: Tx, req: { templateId: string; variantId: string; quantity: number }) {
  const { rows } = await tx.execute<{ counted: number }>(sql`
    WITH v AS (
      UPDATE template_variants SET sold_count = sold_count + ${req.quantity}
       WHERE id = ${req.variantId} AND max_quantity IS NULL AND buyer_limit_count IS NULL RETURNING 1
    ), t AS (
      UPDATE templates SET sold_count = sold_count + ${req.quantity}
       WHERE id = ${req.templateId} AND max_quantity IS NULL RETURNING 1
    )
    SELECT ((SELECT count(*) FROM v) + (SELECT count(*) FROM t))::int AS counted`);
  if (rows[0]?.counted !== 2) throw new SalesRulesChangedError();
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
