import { ApiError } from '@codepool/shared/client';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { errorsUnder, formErrors } from './form-errors.ts';

describe('formErrors', () => {
  it('keys validation messages by field path', () => {
    const e = new ApiError(400, 'validation_failed', 'invalid', [
      { path: 'variants.1.price', message: 'Too big' },
      { path: 'title', message: 'Required' },
    ]);
    expect(formErrors(e, en.t)).toEqual({ 'variants.1.price': 'Too big', title: 'Required' });
  });

  it('puts a cap refused under what is sold on the cap field', () => {
    const e = new ApiError(409, 'conflict', 'cap below sold', { rule: 'variant_cap', soldCount: 37 });
    expect(formErrors(e, en.t).maxQuantity).toBe('37 already sold: the cap cannot be lower than that.');
    const many = new ApiError(409, 'conflict', 'cap below sold', { rule: 'listing_cap', soldCount: 1200 });
    expect(formErrors(many, ru.t).maxQuantity).toBe('Уже продано 1\u00a0200: лимит не может быть меньше.');
  });

  it('leaves other conflicts to the form-wide message', () => {
    expect(formErrors(new ApiError(409, 'conflict', 'last variant'), en.t)).toEqual({});
    expect(formErrors(new Error('boom'), en.t)).toEqual({});
  });
});

describe('errorsUnder', () => {
  it('keeps one variant’s messages, without their prefix', () => {
    const errors = { 'variants.1.price': 'Too big', 'variants.10.title': 'Required', title: 'Required' };
    expect(errorsUnder(errors, 'variants.1')).toEqual({ price: 'Too big' });
  });
});
