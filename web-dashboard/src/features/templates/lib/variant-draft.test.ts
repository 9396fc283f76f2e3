import type { Template, Variant } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import {
  capFrom,
  listingDraft,
  listingPatch,
  MANUAL_DELIVERY,
  NO_LIMIT,
  newVariantDraft,
  variantDraft,
  variantInput,
  variantPatch,
} from './variant-draft.ts';

const POOL = '0190a1b2-0000-7000-8000-000000000001';

const variant: Variant = {
  id: '0190a1b2-0000-7000-8000-0000000000a1',
  templateId: '0190a1b2-0000-7000-8000-0000000000t1',
  position: 0,
  title: '$25 · EU',
  price: 2500,
  poolId: POOL,
  maxQuantity: 100,
  soldCount: 37,
  remaining: 63,
  minPerOrder: 1,
  maxPerOrder: 5,
  buyerLimit: { count: 3, period: 'day' },
  active: true,
  available: 40,
  createdAt: '2026-11-01T10:00:00.000Z',
};

const template: Template = {
  id: variant.templateId,
  sellerId: '0190a1b2-0000-7000-8000-0000000000s1',
  title: 'Steam Wallet',
  description: 'EU accounts only',
  price: 2500,
  currency: 'XTR',
  maxQuantity: null,
  soldCount: 37,
  remaining: null,
  instructions: '',
  defaultPoolId: POOL,
  active: true,
  autoPause: true,
  autoPaused: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  available: 40,
  variants: [variant],
};

describe('capFrom', () => {
  it('reads an empty box as unlimited (null), never as 0 or -1', () => {
    expect(capFrom('')).toBeNull();
    expect(capFrom('   ')).toBeNull();
    expect(capFrom('100')).toBe(100);
  });
});

describe('variantInput', () => {
  it('turns a new draft into a manual, unlimited variant with no buyer limit', () => {
    expect(variantInput(newVariantDraft())).toEqual({
      title: 'Standard',
      price: 100,
      poolId: null,
      maxQuantity: null,
      minPerOrder: 1,
      maxPerOrder: 1,
      buyerLimit: null,
      active: true,
    });
  });

  it('round-trips a stored variant through its draft', () => {
    const { id, templateId, position, soldCount, remaining, available, createdAt, ...fields } = variant;
    expect(variantInput(variantDraft(variant))).toEqual(fields);
  });

  it('sends a buyer limit only when a period is chosen', () => {
    const d = { ...newVariantDraft('$50'), limitCount: '2', limitPeriod: 'week' as const };
    expect(variantInput(d).buyerLimit).toEqual({ count: 2, period: 'week' });
    expect(variantInput({ ...d, limitPeriod: NO_LIMIT }).buyerLimit).toBeNull();
  });
});

describe('variantPatch', () => {
  it('is null when nothing changed', () => {
    expect(variantPatch(variant, variantDraft(variant))).toBeNull();
  });

  it('sends only the changed fields, with an emptied cap as null and manual delivery as a null pool', () => {
    const d = { ...variantDraft(variant), maxQuantity: '', poolId: MANUAL_DELIVERY, price: '2400' };
    expect(variantPatch(variant, d)).toEqual({ maxQuantity: null, poolId: null, price: 2400 });
  });

  it('notices a changed or removed buyer limit', () => {
    expect(variantPatch(variant, { ...variantDraft(variant), limitCount: '4' })).toEqual({
      buyerLimit: { count: 4, period: 'day' },
    });
    expect(variantPatch(variant, { ...variantDraft(variant), limitPeriod: NO_LIMIT })).toEqual({ buyerLimit: null });
  });
});

describe('listingPatch', () => {
  it('is null when nothing changed', () => {
    expect(listingPatch(template, listingDraft(template))).toBeNull();
  });

  it('sends a new listing cap, and an emptied one as null', () => {
    expect(listingPatch(template, { ...listingDraft(template), maxQuantity: '500' })).toEqual({ maxQuantity: 500 });
    const capped = { ...template, maxQuantity: 500 };
    expect(listingPatch(capped, { ...listingDraft(capped), maxQuantity: '' })).toEqual({ maxQuantity: null });
  });

  it('never sends the one-variant shorthand', () => {
    const patch = listingPatch(template, { ...listingDraft(template), title: 'Steam Wallet EU' });
    expect(patch).toEqual({ title: 'Steam Wallet EU' });
  });
});
