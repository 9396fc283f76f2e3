import type { Variant } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { buyerLimitLabel, listingPrice, perOrderLabel } from './listing-labels.ts';

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
    expect(buyerLimitLabel({ count: 3, period: 'day' })).toBe('3 per buyer a day');
    expect(buyerLimitLabel({ count: 2, period: 'week' })).toBe('2 per buyer a week');
    expect(buyerLimitLabel({ count: 1, period: 'lifetime' })).toBe('1 per buyer ever');
    expect(buyerLimitLabel(null)).toBeNull();
  });
});

describe('perOrderLabel', () => {
  it('shows a range only when min and max differ', () => {
    expect(perOrderLabel({ minPerOrder: 1, maxPerOrder: 1 })).toBe('1');
    expect(perOrderLabel({ minPerOrder: 2, maxPerOrder: 10 })).toBe('2–10');
  });
});
