import { describe, expect, it } from 'vitest';
import { en, ru } from '../testing/i18n.ts';
import { capReached, soldLabel } from './sales-cap.ts';

describe('soldLabel', () => {
  it('counts sold against the cap and says what is left', () => {
    expect(soldLabel({ soldCount: 37, maxQuantity: 100 }, en.t)).toBe('37 / 100 sold · 63 left');
  });

  it('says only what was sold when the level is unlimited', () => {
    expect(soldLabel({ soldCount: 37, maxQuantity: null }, en.t)).toBe('37 sold');
    expect(soldLabel({ soldCount: 0, maxQuantity: null }, en.t)).toBe('0 sold');
  });

  it('groups thousands and never shows a negative remainder', () => {
    expect(soldLabel({ soldCount: 1200, maxQuantity: 10_000 }, en.t)).toBe('1,200 / 10,000 sold · 8,800 left');
    expect(soldLabel({ soldCount: 12, maxQuantity: 10 }, en.t)).toBe('12 / 10 sold · 0 left');
  });

  it('groups thousands as Russian does, in Russian words', () => {
    expect(soldLabel({ soldCount: 1200, maxQuantity: 10_000 }, ru.t)).toBe(
      'продано 1\u00a0200 из 10\u00a0000 · осталось 8\u00a0800',
    );
    expect(soldLabel({ soldCount: 1, maxQuantity: null }, ru.t)).toBe('продано 1');
  });
});

describe('capReached', () => {
  it('is true only for a capped level sold up to its cap', () => {
    expect(capReached({ soldCount: 100, maxQuantity: 100 })).toBe(true);
    expect(capReached({ soldCount: 99, maxQuantity: 100 })).toBe(false);
    expect(capReached({ soldCount: 5000, maxQuantity: null })).toBe(false);
  });
});
