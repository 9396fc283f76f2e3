import { describe, expect, it } from 'vitest';
import { en, ru } from '../testing/i18n.ts';
import { formatFor } from './format.ts';

describe('formats follow the language', () => {
  const english = formatFor(en);
  const russian = formatFor(ru);

  it('writes counts with the language’s grouping', () => {
    expect(english.count(1_234_567)).toBe('1,234,567');
    // Russian groups with a no-break space.
    expect(russian.count(1_234_567)).toBe('1\u00a0234\u00a0567');
    expect(russian.decimal(3.45)).toBe('3,5');
  });

  it('writes sizes with the language’s units, from the catalogue', () => {
    expect([512, 3_500, 5_000_000].map(english.bytes)).toEqual(['512 B', '3.4 KB', '4.8 MB']);
    expect(russian.bytes(3_500)).toBe('3,4 КБ');
  });

  it('writes days and relative times in the language', () => {
    expect(english.day('2026-03-05')).toBe('5 Mar');
    expect(russian.day('2026-03-05')).toMatch(/^5 мар/);
    const now = Date.parse('2026-03-05T12:00:00Z');
    expect(english.relative('2026-03-08T12:00:00Z', now)).toBe('in 3 days');
    expect(russian.relative('2026-03-08T12:00:00Z', now)).toBe('через 3 дня');
  });
});
