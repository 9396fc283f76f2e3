import { createTranslator, negotiateLocale, PSEUDO_RTL_LOCALE, textDirection } from '@codepool/shared/i18n';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, localeOf } from '../src/i18n/catalogues.ts';

describe('choosing a language', () => {
  const available = ['en', 'pt', 'ru'];
  it('takes the first candidate a catalogue exists for, whole or by its prefix, case-insensitively', () => {
    expect(negotiateLocale(['ru'], available)).toBe('ru');
    expect(negotiateLocale(['pt-br'], available)).toBe('pt');
    expect(negotiateLocale(['pt_BR'], available)).toBe('pt');
    expect(negotiateLocale(['RU-ru'], available)).toBe('ru');
    expect(negotiateLocale(['de', 'ru'], available)).toBe('ru');
    expect(negotiateLocale([null, undefined, ''], available)).toBe('en');
    expect(negotiateLocale(['pt-br'], ['en', 'ru'])).toBe('en');
  });

  it('puts a user’s own choice before Telegram’s language_code', () => {
    expect(localeOf({ locale: 'en', languageCode: 'ru' })).toBe('en');
    expect(localeOf({ locale: null, languageCode: 'ru' })).toBe('ru');
    expect(localeOf({ locale: null, languageCode: 'uk' })).toBe('en');
    expect(localeOf({ locale: null, languageCode: null })).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('ru')).toBe('ltr');
  });
});

describe('the translator', () => {
  it('formats Russian plurals, numbers and Stars amounts for the language', () => {
    const ru = createTranslator('ru', CATALOGUES);
    expect(ru.t('rule-variant_cap', { remaining: 1 })).toBe('Осталась 1 штука.');
    expect(ru.t('rule-variant_cap', { remaining: 3 })).toBe('Осталось 3 штуки.');
    expect(ru.t('rule-variant_cap', { remaining: 5 })).toBe('Осталось 5 штук.');
    expect(ru.t('rule-variant_cap', { remaining: 21 })).toBe('Осталась 21 штука.');
    expect(ru.t('rule-variant_cap', { remaining: 0 })).toBe('Этот вариант распродан.');
    expect(ru.t('stars', { amount: 1250 })).toBe('1\u00a0250 ★');
    const en = createTranslator('en', CATALOGUES);
    expect(en.t('stars', { amount: 1250 })).toBe('1,250 ★');
    expect(en.t('rule-variant_cap', { remaining: 1 })).toBe('Only 1 is left.');
    expect(ru.date(new Date(Date.UTC(2026, 11, 2, 12)), { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '2 декабря 2026 г.',
    );
  });

  it('falls back to English for a message a language lacks, then to the id, and says so', () => {
    const missing: string[] = [];
    const tr = createTranslator(
      'xx',
      { en: 'a = A\nb = B { $n }', xx: 'a = Ä' },
      { onMissing: (k) => missing.push(k) },
    );
    expect(tr.locale).toBe('xx');
    expect(tr.t('a')).toBe('Ä');
    expect(tr.t('b', { n: 2, dropped: null })).toBe('B 2');
    expect(tr.t('c')).toBe('c');
    expect(missing).toEqual(['c']);
    expect(createTranslator('zz', { en: 'a = A' }).locale).toBe('en');
  });

  it('mirrors English in the right-to-left pseudo-locale', () => {
    const tr = createTranslator(PSEUDO_RTL_LOCALE, CATALOGUES);
    expect(tr.dir).toBe('rtl');
    expect(tr.t('status-delivered')).toBe('\u202Edelivered\u202C');
    expect(tr.number(1250)).toBe('1,250');
  });
});
