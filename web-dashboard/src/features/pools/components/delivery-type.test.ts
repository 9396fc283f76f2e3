import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { deliveryTypeLabel, normalisationLabel } from './delivery-type.ts';

describe('pool words', () => {
  it('names delivery types and duplicate rules in the reader’s language', () => {
    expect(deliveryTypeLabel(en.t, 'code')).toBe('Gift card codes');
    expect(deliveryTypeLabel(ru.t, 'account')).toBe('Аккаунты');
    expect(normalisationLabel(en.t, 'upper')).toBe('Ignore letter case');
  });

  it('counts pools and items with the language’s plurals and grouping', () => {
    expect(en.t('dash-pools-summary', { pools: 1, available: 1250 })).toBe('1 pool · 1,250 items available');
    expect(en.t('dash-pools-summary', { pools: 3, available: 1 })).toBe('3 pools · 1 item available');
    expect(ru.t('dash-pools-summary', { pools: 5, available: 22 })).toBe('5 пулов · 22 позиции доступны');
    expect(ru.t('dash-pools-summary', { pools: 21, available: 1250 })).toBe('21 пул · 1\u00a0250 позиций доступно');
  });

  it('says how many matches a code search found', () => {
    expect(en.t('dash-items-matches', { count: 1 })).toBe('1 match for that exact code.');
    expect(en.t('dash-items-matches', { count: 2 })).toBe('2 matches for that exact code.');
    expect(ru.t('dash-items-matches', { count: 3 })).toBe('3 совпадения с этим кодом.');
    expect(en.t('dash-items-showing-of', { from: 1, to: 25, total: 987 })).toBe('Showing 1–25 of 987');
  });
});
