import { BUYER_LIMIT_PERIODS, type BuyerLimit, type BuyerLimitPeriod, type Template } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import type { Format } from '../../../lib/format.ts';

/** The buyer-limit select's choices, one per period. */
export const buyerLimitOptions = (t: Translate): { value: BuyerLimitPeriod; label: string }[] =>
  BUYER_LIMIT_PERIODS.map((value) => ({ value, label: t(`dash-variants-limit-option-${value}`) }));

/** "3 per buyer a day"; null when buyers are not limited. */
export function buyerLimitLabel(limit: BuyerLimit | null, t: Translate): string | null {
  if (!limit) return null;
  return t('dash-variants-buyer-limit', { count: limit.count, period: limit.period });
}

/** "1", "1–5": a variant's units per order. */
export const perOrderLabel = ({ minPerOrder, maxPerOrder }: { minPerOrder: number; maxPerOrder: number }, f: Format) =>
  minPerOrder === maxPerOrder ? f.count(minPerOrder) : `${f.count(minPerOrder)}–${f.count(maxPerOrder)}`;

/**
 * The listing's price as the table shows it: "from" when its active variants are priced apart.
 * `price` is already the lowest active one (the server's "from" price).
 */
export function listingPrice(t: Pick<Template, 'price' | 'variants'>): { from: boolean; price: number } {
  const selling = t.variants.filter((v) => v.active);
  const prices = new Set((selling.length > 0 ? selling : t.variants).map((v) => v.price));
  return { from: prices.size > 1, price: t.price };
}
