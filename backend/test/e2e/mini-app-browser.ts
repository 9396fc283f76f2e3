import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';

export { assertChromium, CHROMIUM, launchChromium } from './browser.ts';

import { type InitDataUser, signInitData } from '../../src/lib/telegram-init-data.ts';

/** Telegram's own palettes (Web K), the shape a client sends as tgWebAppThemeParams. */
export const LIGHT_THEME = {
  bg_color: '#ffffff',
  secondary_bg_color: '#f4f4f5',
  section_bg_color: '#ffffff',
  text_color: '#000000',
  hint_color: '#707579',
  subtitle_text_color: '#707579',
  link_color: '#3390ec',
  accent_text_color: '#3390ec',
  button_color: '#3390ec',
  button_text_color: '#ffffff',
  section_header_text_color: '#707579',
  destructive_text_color: '#df3f40',
  header_bg_color: '#ffffff',
};

export const DARK_THEME = {
  bg_color: '#212121',
  secondary_bg_color: '#0f0f0f',
  section_bg_color: '#212121',
  text_color: '#ffffff',
  hint_color: '#aaaaaa',
  subtitle_text_color: '#aaaaaa',
  link_color: '#8774e1',
  accent_text_color: '#8774e1',
  button_color: '#8774e1',
  button_text_color: '#ffffff',
  section_header_text_color: '#aaaaaa',
  destructive_text_color: '#ff595a',
  header_bg_color: '#212121',
};

export type Theme = typeof LIGHT_THEME;

/**
 * Init data as a current Telegram client sends it. Since Bot API 8.0 it carries an Ed25519
 * `signature` beside the HMAC `hash`; the SDK refuses init data without one. The server
 * checks only the HMAC, which covers the signature field like any other.
 */
export function telegramInitData(
  botToken: string,
  user: InitDataUser,
  { languageCode }: { languageCode?: string } = {},
): string {
  // The client's language rides in the user object, as Telegram sends it (`language_code`).
  const signed = languageCode === undefined ? user : { ...user, language_code: languageCode };
  return signInitData(botToken, signed, {
    extra: { query_id: `AAE${randomBytes(8).toString('hex')}`, signature: randomBytes(64).toString('base64url') },
  });
}

/** The same init data with one character of its hash changed, as a tamperer would send it. */
export function tamperHash(initData: string): string {
  const params = new URLSearchParams(initData);
  const hash = params.get('hash') ?? '';
  params.set('hash', (hash[0] === 'a' ? 'b' : 'a') + hash.slice(1));
  return params.toString();
}

/**
 * The Mini App's launch URL: Telegram's parameters in the hash; `lang` (a language the app
 * shows whatever the account's, such as the pseudo-locale `ar-XB`) in the query string.
 */
export function launchUrl(
  base: string,
  { initData, theme, startParam, lang }: { initData: string; theme: Theme; startParam?: string; lang?: string },
): string {
  const parts = [
    `tgWebAppData=${encodeURIComponent(initData)}`,
    'tgWebAppVersion=8.0',
    'tgWebAppPlatform=tdesktop',
    `tgWebAppThemeParams=${encodeURIComponent(JSON.stringify(theme))}`,
  ];
  if (startParam) parts.push(`tgWebAppStartParam=${encodeURIComponent(startParam)}`);
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  return `${base}/app/${query}#${parts.join('&')}`;
}

export type TelegramEvent = [type: string, data: unknown];

declare global {
  // An interface, not a type: only an interface merges into the global Window.
  interface Window {
    __telegramEvents?: TelegramEvent[];
  }
}

export type OpenedPage = {
  page: Page;
  /** Uncaught exceptions in the page: a crash, whatever the screen shows. */
  crashes: string[];
  /** Method calls the app made to the (stub) Telegram client. */
  telegramEvents(): Promise<TelegramEvent[]>;
  /** Delivers an event from the Telegram client to the app, as a real client does. */
  telegramSends(type: string, data?: unknown): Promise<void>;
  close(): Promise<void>;
};

/**
 * A phone-sized tab. With `telegramClient`, the page gets what a Telegram desktop client
 * injects: `window.TelegramWebviewProxy`, here recording every method the app calls.
 */
export async function openMiniApp(
  browser: Browser,
  url: string,
  { theme, telegramClient = true }: { theme?: Theme; telegramClient?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 2,
    colorScheme: theme === DARK_THEME ? 'dark' : 'light',
    acceptDownloads: true,
  });
  if (telegramClient) {
    await context.addInitScript(() => {
      window.__telegramEvents = [];
      (window as unknown as { TelegramWebviewProxy: unknown }).TelegramWebviewProxy = {
        postEvent(type: string, data?: string) {
          window.__telegramEvents?.push([type, data ? JSON.parse(data) : null]);
        },
      };
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const crashes: string[] = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  await page.goto(url);
  return {
    page,
    crashes,
    telegramEvents: () => page.evaluate(() => window.__telegramEvents ?? []),
    telegramSends: (type, data) =>
      page.evaluate(
        ([t, d]) => {
          const w = window as unknown as { Telegram: { WebView: { receiveEvent(t: string, d: unknown): void } } };
          w.Telegram.WebView.receiveEvent(t as string, d);
        },
        [type, data] as const,
      ),
    close: () => context.close(),
  };
}
