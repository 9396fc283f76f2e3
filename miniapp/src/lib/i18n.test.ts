import { afterEach, describe, expect, it } from 'vitest';
import { firstLocale, languageOptions } from './i18n.tsx';

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the first language', () => {
  it("is Telegram's language when there is a catalogue for it, else English", () => {
    expect(firstLocale('ru')).toBe('ru');
    expect(firstLocale('ru-RU')).toBe('ru');
    expect(firstLocale('xx')).toBe('en');
    expect(firstLocale(undefined)).toBe('en');
  });

  it('is ?lang= when the URL has it, kept for the session after the URL lost it', () => {
    window.history.replaceState(null, '', '/app/?lang=ar-XB#tgWebAppData=x');
    expect(firstLocale('ru')).toBe('ar-XB');
    window.history.replaceState(null, '', '/app/#/');
    expect(firstLocale('ru')).toBe('ar-XB');
  });

  it('offers every catalogue, each named in its own language, never the pseudo-locale', () => {
    expect(languageOptions).toContainEqual({ locale: 'en', name: 'English' });
    expect(languageOptions).toContainEqual({ locale: 'ru', name: 'Русский' });
    expect(languageOptions.map((o) => o.locale)).not.toContain('ar-XB');
  });
});
