import { type BuyerLimitPeriod, type PublicVariant, PurchaseRule, type VariantBlock } from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import { z } from 'zod';
import { describeError } from '../../lib/api-client.ts';

/** Why a variant cannot be bought now, in a word or two beside it. */
export function blockLabel(block: VariantBlock): string {
  switch (block) {
    case 'sold_out':
      return 'Sold out';
    case 'variant_cap':
    case 'listing_cap':
      return 'Sold out (limited edition)';
    case 'buyer_limit':
      return 'Your limit reached';
    case 'paused':
      return 'Paused';
  }
}

/** "12 left" for a limited variant; nothing when it is unlimited or already blocked. */
export function leftText(v: Pick<PublicVariant, 'remaining' | 'blockedBy'>): string | null {
  if (v.remaining === null || v.blockedBy !== null) return null;
  return `${v.remaining.toLocaleString('en-US')} left`;
}

const PERIOD_WORDS: Record<BuyerLimitPeriod, string> = {
  day: 'today',
  week: 'this week',
  lifetime: 'in total',
};

/** The buyer's own limit on this variant: "You can buy 2 more today"; nothing when it has none. */
export function limitText(v: Pick<PublicVariant, 'buyerLimit' | 'buyerRemaining'>): string | null {
  if (!v.buyerLimit || v.buyerRemaining === null) return null;
  const when = PERIOD_WORDS[v.buyerLimit.period];
  if (v.buyerRemaining > 0) return `You can buy ${v.buyerRemaining.toLocaleString('en-US')} more ${when}`;
  const limit = `You have reached your limit of ${v.buyerLimit.count.toLocaleString('en-US')}`;
  return v.buyerLimit.period === 'lifetime' ? limit : `${limit} ${when}`;
}

/** The per-order rule: "One per order", "Up to 5 per order", "2 to 5 per order". */
export function perOrderText({
  minPerOrder: min,
  maxPerOrder: max,
}: Pick<PublicVariant, 'minPerOrder' | 'maxPerOrder'>) {
  if (min === max) return min === 1 ? 'One per order' : `${min} per order`;
  return min === 1 ? `Up to ${max} per order` : `${min} to ${max} per order`;
}

/** Whether the buyer may order this variant now, within its per-order rule. */
export const canOrder = (v: PublicVariant) => v.blockedBy === null && v.maxNow >= v.minPerOrder;

/** Why the buyer cannot order this variant now; null when they can. */
export function unavailableReason(v: PublicVariant): string | null {
  if (v.blockedBy !== null) return blockLabel(v.blockedBy);
  // Fewer left (for everyone, or for this buyer) than the smallest order allowed.
  return v.maxNow < v.minPerOrder ? 'Not enough left for one order' : null;
}

/**
 * The variant chosen when the page opens: the deep link's, else the first the buyer can order
 * that is in stock, else the first they can order (delivered on restock), else the first.
 */
export function initialVariant(variants: PublicVariant[], wanted?: string): PublicVariant | undefined {
  return (
    variants.find((v) => v.id === wanted) ??
    variants.find((v) => canOrder(v) && v.inStock) ??
    variants.find(canOrder) ??
    variants[0]
  );
}

const RuleDetails = z.object({ rule: PurchaseRule });

const RULE_TITLES: Record<PurchaseRule, string> = {
  variant_required: 'Choose an option first',
  variant_inactive: 'This option is no longer sold',
  min_per_order: 'Too few for one order',
  max_per_order: 'Too many for one order',
  variant_cap: 'Not enough left',
  listing_cap: 'Not enough left',
  buyer_limit: 'Your limit reached',
};

/**
 * A refusal that names a purchase rule (a cap, a limit, the per-order range): a title for the
 * rule and the server's own sentence, which carries the numbers. Null for any other error.
 */
export function purchaseRefusal(e: unknown): { rule: PurchaseRule; title: string; text: string } | null {
  if (!isApiError(e)) return null;
  const details = RuleDetails.safeParse(e.details);
  if (!details.success) return null;
  const { rule } = details.data;
  return { rule, title: RULE_TITLES[rule], text: describeError(e) };
}
