import type { BuyerLimit, BuyerLimitPeriod, Template } from '@codepool/shared';
import { formatCount } from '../../../lib/format.ts';

const PERIOD_WORDS: Record<BuyerLimitPeriod, string> = {
  day: 'a day',
  week: 'a week',
  lifetime: 'ever',
};

export const BUYER_LIMIT_OPTIONS: { value: BuyerLimitPeriod; label: string }[] = [
  { value: 'day', label: 'Per rolling day' },
  { value: 'week', label: 'Per rolling week' },
  { value: 'lifetime', label: 'Per buyer, ever' },
];

/** "3 per buyer a day"; null when buyers are not limited. */
export function buyerLimitLabel(limit: BuyerLimit | null): string | null {
  if (!limit) return null;
  return `${formatCount(limit.count)} per buyer ${PERIOD_WORDS[limit.period]}`;
}

/** "1", "1–5": a variant's units per order. */
export const perOrderLabel = ({ minPerOrder, maxPerOrder }: { minPerOrder: number; maxPerOrder: number }) =>
  minPerOrder === maxPerOrder ? formatCount(minPerOrder) : `${formatCount(minPerOrder)}–${formatCount(maxPerOrder)}`;

/**
 * The listing's price as the table shows it: "from" when its active variants are priced apart.
 * `price` is already the lowest active one (the server's "from" price).
 */
export function listingPrice(t: Pick<Template, 'price' | 'variants'>): { from: boolean; price: number } {
  const selling = t.variants.filter((v) => v.active);
  const prices = new Set((selling.length > 0 ? selling : t.variants).map((v) => v.price));
  return { from: prices.size > 1, price: t.price };
}
