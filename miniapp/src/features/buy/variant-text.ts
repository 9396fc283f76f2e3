import { type BuyerLimitPeriod, type PublicVariant, PurchaseRule, type VariantBlock } from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import type { Translate, Translator } from '@codepool/shared/i18n';
import { z } from 'zod';
import { describeError } from '../../lib/api-client.ts';

/** Why a variant cannot be bought now, in a word or two beside it. */
export function blockLabel(t: Translate, block: VariantBlock): string {
  return t(`app-variant-block-${block}`);
}

/** "12 left" for a limited variant; nothing when it is unlimited or already blocked. */
export function leftText(t: Translate, v: Pick<PublicVariant, 'remaining' | 'blockedBy'>): string | null {
  if (v.remaining === null || v.blockedBy !== null) return null;
  return t('app-variant-left', { count: v.remaining });
}

/** The buyer's own limit on this variant: "You can buy 2 more today"; nothing when it has none. */
export function limitText(t: Translate, v: Pick<PublicVariant, 'buyerLimit' | 'buyerRemaining'>): string | null {
  if (!v.buyerLimit || v.buyerRemaining === null) return null;
  const period: BuyerLimitPeriod = v.buyerLimit.period;
  if (v.buyerRemaining > 0) return t('app-variant-limit-left', { count: v.buyerRemaining, period });
  return t('app-variant-limit-reached', { count: v.buyerLimit.count, period });
}

/** The per-order rule: "One per order", "Up to 5 per order", "2 to 5 per order". */
export function perOrderText(
  t: Translate,
  { minPerOrder: min, maxPerOrder: max }: Pick<PublicVariant, 'minPerOrder' | 'maxPerOrder'>,
) {
  if (min === max) return t('app-variant-per-order-exact', { count: min });
  return min === 1 ? t('app-variant-per-order-up-to', { max }) : t('app-variant-per-order-range', { min, max });
}

/** Whether the buyer may order this variant now, within its per-order rule. */
export const canOrder = (v: PublicVariant) => v.blockedBy === null && v.maxNow >= v.minPerOrder;

/** Why the buyer cannot order this variant now; null when they can. */
export function unavailableReason(t: Translate, v: PublicVariant): string | null {
  if (v.blockedBy !== null) return blockLabel(t, v.blockedBy);
  // Fewer left (for everyone, or for this buyer) than the smallest order allowed.
  return v.maxNow < v.minPerOrder ? t('app-variant-not-enough') : null;
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

/**
 * A refusal that names a purchase rule (a cap, a limit, the per-order range): a title for the
 * rule and the server's own sentence, which carries the numbers (its translation for a reader
 * of another language). Null for any other error.
 */
export function purchaseRefusal(
  e: unknown,
  i18n: Pick<Translator, 'locale' | 't' | 'has'>,
): { rule: PurchaseRule; title: string; text: string } | null {
  if (!isApiError(e)) return null;
  const details = RuleDetails.safeParse(e.details);
  if (!details.success) return null;
  const { rule } = details.data;
  return { rule, title: i18n.t(`app-rule-title-${rule}`), text: describeError(e, i18n) };
}
