import { describe, expect, it } from 'vitest';
import { capReached, soldLabel } from './sales-cap.ts';

describe('soldLabel', () => {
  it('counts sold against the cap and says what is left', () => {
    expect(soldLabel({ soldCount: 37, maxQuantity: 100 })).toBe('37 / 100 sold · 63 left');
  });

  it('says only what was sold when the level is unlimited', () => {
    expect(soldLabel({ soldCount: 37, maxQuantity: null })).toBe('37 sold');
    expect(soldLabel({ soldCount: 0, maxQuantity: null })).toBe('0 sold');
  });

  it('groups thousands and never shows a negative remainder', () => {
    expect(soldLabel({ soldCount: 1200, maxQuantity: 10_000 })).toBe('1,200 / 10,000 sold · 8,800 left');
    expect(soldLabel({ soldCount: 12, maxQuantity: 10 })).toBe('12 / 10 sold · 0 left');
  });
});

describe('capReached', () => {
  it('is true only for a capped level sold up to its cap', () => {
    expect(capReached({ soldCount: 100, maxQuantity: 100 })).toBe(true);
    expect(capReached({ soldCount: 99, maxQuantity: 100 })).toBe(false);
    expect(capReached({ soldCount: 5000, maxQuantity: null })).toBe(false);
  });
});
