import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, parseMoney } from './money.ts';

describe('money as sellers type it', () => {
  it('reads an amount with or without its currency, with a point or a comma', () => {
    expect(parseMoney('12.50 EUR', 'EUR')).toEqual({ ok: true, minor: 1250, currency: 'EUR' });
    expect(parseMoney('12,5', 'EUR')).toEqual({ ok: true, minor: 1250, currency: 'EUR' });
    expect(parseMoney(' eur 7 ', 'EUR')).toEqual({ ok: true, minor: 700, currency: 'EUR' });
    expect(parseMoney('0.05', 'USD')).toEqual({ ok: true, minor: 5, currency: 'USD' });
    expect(parseMoney('12.', 'EUR')).toEqual({ ok: true, minor: 1200, currency: 'EUR' });
  });

  it("uses the currency's own decimals: none for JPY, three for KWD", () => {
    expect(parseMoney('1200 JPY', 'JPY')).toEqual({ ok: true, minor: 1200, currency: 'JPY' });
    expect(parseMoney('1200.5', 'JPY')).toMatchObject({ ok: false, message: 'JPY has no decimals' });
    expect(parseMoney('1.234', 'KWD')).toEqual({ ok: true, minor: 1234, currency: 'KWD' });
  });

  it('refuses what is not an amount, too many decimals, or another currency than the source’s', () => {
    expect(parseMoney('', 'EUR').ok).toBe(false);
    expect(parseMoney('abc', 'EUR').ok).toBe(false);
    expect(parseMoney('-3', 'EUR').ok).toBe(false);
    expect(parseMoney('1e3', 'EUR').ok).toBe(false);
    expect(parseMoney('12.505', 'EUR')).toMatchObject({ ok: false, message: 'at most 2 decimals' });
    expect(parseMoney('12.50 USD', 'EUR')).toMatchObject({ ok: false, message: "the source's currency is EUR" });
    expect(parseMoney('EUR 1 EUR', 'EUR')).toMatchObject({ ok: false });
  });

  it('writes minor units back as the amount typed, and as money to read', () => {
    expect(formatAmount(1250, 'EUR')).toBe('12.50');
    expect(formatAmount(5, 'EUR')).toBe('0.05');
    expect(formatAmount(1200, 'JPY')).toBe('1200');
    expect(formatMoney(1250, 'EUR')).toBe('€12.50');
    expect(formatMoney(99, 'USD')).toBe('$0.99');
    expect(formatMoney(null, 'EUR')).toBe('—');
    // What is typed back parses to the same minor units.
    for (const minor of [1, 99, 1250, 100_000_000]) {
      expect(parseMoney(formatAmount(minor, 'EUR'), 'EUR')).toMatchObject({ ok: true, minor });
    }
  });
});
