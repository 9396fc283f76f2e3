import type { Variant } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../../lib/format.ts';
import { en, ru } from '../../../testing/i18n.ts';
import { buyerLimitLabel, buyerLimitOptions, listingPrice, perOrderLabel } from './listing-labels.ts';

const v = (price: number, active = true) => ({ price, active }) as Variant;

describe('listingPrice', () => {
  it('says "from" when the active variants are priced apart', () => {
    expect(listingPrice({ price: 1000, variants: [v(1000), v(2500)] })).toEqual({ from: true, price: 1000 });
  });

  it('is a plain price for one variant, or several at one price', () => {
    expect(listingPrice({ price: 1000, variants: [v(1000)] })).toEqual({ from: false, price: 1000 });
    expect(listingPrice({ price: 1000, variants: [v(1000), v(1000)] })).toEqual({ from: false, price: 1000 });
  });

  it('ignores inactive variants while one is active', () => {
    expect(listingPrice({ price: 1000, variants: [v(1000), v(500, false)] }).from).toBe(false);
  });
});

describe('buyerLimitLabel', () => {
  it('words each period', () => {
    expect(buyerLimitLabel({ count: 3, period: 'day' }, en.t)).toBe('3 per buyer a day');
    expect(buyerLimitLabel({ count: 2, period: 'week' }, en.t)).toBe('2 per buyer a week');
    expect(buyerLimitLabel({ count: 1, period: 'lifetime' }, en.t)).toBe('1 per buyer ever');
    expect(buyerLimitLabel(null, en.t)).toBeNull();
    expect(buyerLimitLabel({ count: 1500, period: 'week' }, ru.t)).toBe('1\u00a0500 на покупателя в неделю');
  });

  it('offers each period in the select', () => {
    expect(buyerLimitOptions(en.t)).toEqual([
      { value: 'day', label: 'Per rolling day' },
      { value: 'week', label: 'Per rolling week' },
      { value: 'lifetime', label: 'Per buyer, ever' },
    ]);
  });
});

describe('perOrderLabel', () => {
  it('shows a range only when min and max differ', () => {
    expect(perOrderLabel({ minPerOrder: 1, maxPerOrder: 1 }, formatFor(en))).toBe('1');
    expect(perOrderLabel({ minPerOrder: 2, maxPerOrder: 10 }, formatFor(en))).toBe('2–10');
  });
});
