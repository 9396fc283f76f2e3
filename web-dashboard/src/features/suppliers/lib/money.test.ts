import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { formatAmount, formatMoney, parseMoney } from './money.ts';

const parse = (text: string, currency: string) => parseMoney(text, currency, en.t);

describe('money as sellers type it', () => {
  it('reads an amount with or without its currency, with a point or a comma', () => {
    expect(parse('12.50 EUR', 'EUR')).toEqual({ ok: true, minor: 1250, currency: 'EUR' });
    expect(parse('12,5', 'EUR')).toEqual({ ok: true, minor: 1250, currency: 'EUR' });
    expect(parse(' eur 7 ', 'EUR')).toEqual({ ok: true, minor: 700, currency: 'EUR' });
    expect(parse('0.05', 'USD')).toEqual({ ok: true, minor: 5, currency: 'USD' });
    expect(parse('12.', 'EUR')).toEqual({ ok: true, minor: 1200, currency: 'EUR' });
  });

  it("uses the currency's own decimals: none for JPY, three for KWD", () => {
    expect(parse('1200 JPY', 'JPY')).toEqual({ ok: true, minor: 1200, currency: 'JPY' });
    expect(parse('1200.5', 'JPY')).toMatchObject({ ok: false, message: 'JPY has no decimals' });
    expect(parse('1.234', 'KWD')).toEqual({ ok: true, minor: 1234, currency: 'KWD' });
  });

  it('refuses what is not an amount, too many decimals, or another currency than the source’s', () => {
    expect(parse('', 'EUR')).toMatchObject({ ok: false, message: 'an amount like 12.50' });
    expect(parse('abc', 'EUR').ok).toBe(false);
    expect(parse('-3', 'EUR').ok).toBe(false);
    expect(parse('1e3', 'EUR').ok).toBe(false);
    expect(parse('12.505', 'EUR')).toMatchObject({ ok: false, message: 'at most 2 decimals' });
    expect(parse('12.50 USD', 'EUR')).toMatchObject({ ok: false, message: "the source's currency is EUR" });
    expect(parse('EUR 1 EUR', 'EUR')).toMatchObject({ ok: false, message: 'one currency code at most' });
  });

  it('says the refusal in the reader’s language, with the plural of the decimals', () => {
    expect(parseMoney('12.505', 'EUR', ru.t)).toMatchObject({ ok: false, message: 'не больше 2 знаков после запятой' });
    expect(parseMoney('1.2345', 'KWD', ru.t)).toMatchObject({ ok: false, message: 'не больше 3 знаков после запятой' });
  });

  it('writes minor units back as the amount typed, and as money to read', () => {
    expect(formatAmount(1250, 'EUR', en)).toBe('12.50');
    expect(formatAmount(5, 'EUR', en)).toBe('0.05');
    expect(formatAmount(1200, 'JPY', en)).toBe('1200');
    expect(formatAmount(100_000_000, 'EUR', en)).toBe('1000000.00');
    expect(formatMoney(1250, 'EUR', en)).toBe('€12.50');
    expect(formatMoney(99, 'USD', en)).toBe('$0.99');
    expect(formatMoney(null, 'EUR', en)).toBe('—');
    // What is typed back parses to the same minor units, in either language.
    for (const reader of [en, ru]) {
      for (const minor of [1, 99, 1250, 100_000_000]) {
        expect(parse(formatAmount(minor, 'EUR', reader), 'EUR')).toMatchObject({ ok: true, minor });
      }
    }
  });

  it('writes amounts the way the reader’s language does; the pseudo-locale as English', () => {
    expect(formatAmount(1250, 'EUR', ru)).toBe('12,50');
    expect(formatMoney(1250, 'EUR', ru)).toBe('12,50\u00a0€');
    expect(formatMoney(123_456, 'EUR', ru)).toBe('1\u00a0234,56\u00a0€');
    expect(formatMoney(1250, 'EUR', { locale: 'ar-XB' })).toBe('€12.50');
  });
});
