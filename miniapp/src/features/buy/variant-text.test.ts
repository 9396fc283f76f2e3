import { ApiError } from '@codepool/shared/client';
import { describe, expect, it } from 'vitest';
import { publicVariant } from '../../testing/fixtures.ts';
import { en, ru } from '../../testing/render.tsx';
import { blockLabel, initialVariant, leftText, limitText, perOrderText, purchaseRefusal } from './variant-text.ts';

const ID = (n: number) => `01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e${80 + n}`;

describe('variant texts', () => {
  it('names each reason a variant cannot be bought', () => {
    expect(blockLabel(en.t, 'sold_out')).toBe('Sold out');
    expect(blockLabel(en.t, 'variant_cap')).toBe('Sold out (limited edition)');
    expect(blockLabel(en.t, 'listing_cap')).toBe('Sold out (limited edition)');
    expect(blockLabel(en.t, 'buyer_limit')).toBe('Your limit reached');
    expect(blockLabel(en.t, 'paused')).toBe('Paused');
  });

  it('says how many are left only for a limited variant still on sale', () => {
    expect(leftText(en.t, publicVariant({ remaining: 12 }))).toBe('12 left');
    expect(leftText(en.t, publicVariant({ remaining: 1200 }))).toBe('1,200 left');
    expect(leftText(en.t, publicVariant({ remaining: null }))).toBeNull();
    expect(leftText(en.t, publicVariant({ remaining: 0, blockedBy: 'variant_cap' }))).toBeNull();
  });

  it('counts in Russian with its plural forms and digit grouping', () => {
    const left = (remaining: number) => leftText(ru.t, publicVariant({ remaining }));
    expect(left(1)).toBe('Осталась 1 штука');
    expect(left(3)).toBe('Осталось 3 штуки');
    expect(left(5)).toBe('Осталось 5 штук');
    expect(left(21)).toBe('Осталась 21 штука');
    expect(left(1200)).toBe('Осталось 1\u00a0200 штук');
    expect(perOrderText(ru.t, { minPerOrder: 2, maxPerOrder: 5 })).toBe('От 2 до 5 шт. на заказ');
    expect(blockLabel(ru.t, 'sold_out')).toBe('Распродано');
  });

  it("words the buyer's own limit by its period", () => {
    const limit = (period: 'day' | 'week' | 'lifetime', buyerRemaining: number) =>
      limitText(en.t, publicVariant({ buyerLimit: { count: 3, period }, buyerRemaining }));
    expect(limit('day', 2)).toBe('You can buy 2 more today');
    expect(limit('week', 1)).toBe('You can buy 1 more this week');
    expect(limit('lifetime', 3)).toBe('You can buy 3 more in total');
    expect(limit('day', 0)).toBe('You have reached your limit of 3 today');
    expect(limit('lifetime', 0)).toBe('You have reached your limit of 3');
    expect(limitText(en.t, publicVariant())).toBeNull();
  });

  it('words the per-order rule', () => {
    expect(perOrderText(en.t, { minPerOrder: 1, maxPerOrder: 1 })).toBe('One per order');
    expect(perOrderText(en.t, { minPerOrder: 1, maxPerOrder: 5 })).toBe('Up to 5 per order');
    expect(perOrderText(en.t, { minPerOrder: 2, maxPerOrder: 5 })).toBe('2 to 5 per order');
    expect(perOrderText(en.t, { minPerOrder: 4, maxPerOrder: 4 })).toBe('4 per order');
  });
});

describe('the variant chosen at first', () => {
  const soldOut = publicVariant({ id: ID(1), inStock: false, maxNow: 0, blockedBy: 'sold_out' });
  const backorder = publicVariant({ id: ID(2), inStock: false });
  const inStock = publicVariant({ id: ID(3) });

  it('is the first in stock the buyer can order', () => {
    expect(initialVariant([soldOut, backorder, inStock])?.id).toBe(ID(3));
    expect(initialVariant([soldOut, backorder])?.id).toBe(ID(2));
    expect(initialVariant([soldOut])?.id).toBe(ID(1));
    expect(initialVariant([])).toBeUndefined();
  });

  it("is the deep link's, even sold out, so its page can offer the back-in-stock alert", () => {
    expect(initialVariant([inStock, soldOut], ID(1))?.id).toBe(ID(1));
    expect(initialVariant([soldOut, inStock], ID(9))?.id).toBe(ID(3));
  });
});

describe('a refused purchase', () => {
  it('names the rule, with the server’s sentence', () => {
    const e = new ApiError(429, 'limit_exceeded', 'you may buy 3 of these per day; 1 more today', {
      rule: 'buyer_limit',
      count: 3,
      period: 'day',
      remaining: 1,
    });
    expect(purchaseRefusal(e, en)).toEqual({
      rule: 'buyer_limit',
      title: 'Your limit reached',
      text: 'You may buy 3 of these per day; 1 more today.',
    });
    const cap = new ApiError(409, 'conflict', 'only 2 left', { rule: 'variant_cap', remaining: 2 });
    expect(purchaseRefusal(cap, en)?.title).toBe('Not enough left');
  });

  it('is not one when the error names no rule', () => {
    expect(purchaseRefusal(new ApiError(409, 'conflict', 'listing paused'), en)).toBeNull();
    expect(purchaseRefusal(new ApiError(400, 'validation_failed', 'bad', { rule: 'made_up' }), en)).toBeNull();
    expect(purchaseRefusal(new Error('boom'), en)).toBeNull();
  });
});
