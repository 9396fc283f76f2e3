import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../src/db/schema/index.ts';
import { createLoginToken } from '../src/domain/auth/login-links.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { assertChromium, launchChromium } from './e2e/browser.ts';
import { dashboardPages } from './e2e/dashboard-pages.ts';
import { expectAllFromCatalogue, expectLaidOutRtl } from './e2e/pseudo-locale.ts';
import { apiCall, payByWebhook, startWebServer } from './e2e/web-server.ts';
import { sellerOn, TEST_BOT_TOKEN } from './harness.ts';

/** Words a Russian screen writes in Latin letters on purpose: names of things, not sentences. */
const LATIN_NAMES =
  /^(Codepool|CSV|API|Telegram|Kinguin|URL|ID|JSON|ZIP|UTF-8|XTR|HTTPS?|cp_\S*|[A-Z]{2,5}|[0-9a-f]{8})$/;

/** A day or a moment, which the pseudo-locale writes as English does: "5 Nov", "3 Dec 2026, 09:48". */
const ENGLISH_DATE = /^\d{1,2} [A-Z][a-z]{2}( \d{4})?(, \d{2}:\d{2})?$/;

/**
 * Every visible text with letters on a Russian screen is Russian: a text written in Latin
 * letters only (outside inputs and codes, and apart from names such as "Codepool" or "CSV") was
 * not taken from the catalogue, or was taken from it without a translation.
 */
async function expectRussian(page: Page, label: string) {
  const strays = await page.evaluate((names) => {
    const latinOnly = new RegExp(names);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement;
      if (!parent || !/\p{Script=Latin}{2,}/u.test(text) || /\p{Script=Cyrillic}/u.test(text)) continue;
      if (parent.closest('code, pre, input, textarea, .mono, [data-testid="me-name"]') || !parent.checkVisibility())
        continue;
      const words = text.split(/[\s·,.:;()«»"'/—–-]+/).filter((w) => /\p{Script=Latin}{2,}/u.test(w));
      if (words.some((w) => !latinOnly.test(w))) out.push(text.slice(0, 60));
    }
    return out;
  }, LATIN_NAMES.source);
  expect(strays, label).toEqual([]);
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), label).toEqual([
    'ru',
    'ltr',
  ]);
}

/**
 * The dashboard in Russian (from the seller's Telegram language, then switched and back) and in
 * the right-to-left pseudo-locale, on every page a seller works in, each checked by axe-core and
 * photographed.
 */
describe('the dashboard in the seller’s language', () => {
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  const { crashes, newPage, signIn, shot, closeAll } = dashboardPages(() => ({
    browser,
    running: (server as NonNullable<typeof server>).running,
    shots: (server as NonNullable<typeof server>).shots,
  }));
  const running = () => (server as NonNullable<typeof server>).running;
  const url = () => running().url;
  const call = (method: string, p: string, auth: string, body?: unknown) => apiCall(url(), method, p, auth, body);

  /** A seller with a pool of codes, a listing bound to it, paid orders (one disputed) and a token. */
  async function shop(
    tg: { id: number; first_name: string; language_code?: string },
    names: { pool: string; listing: string; buyer: string },
  ) {
    const { user, auth } = await sellerOn(running().deps.db, tg);
    const pool = await call('POST', '/pools', auth, { name: names.pool, deliveryType: 'code', lowStockThreshold: 5 });
    expect(pool.status).toBe(201);
    const items = Array.from({ length: 8 }, (_, i) => ({ fields: { code: `4111-${tg.id}-${1000 + i}` } }));
    expect((await call('POST', `/pools/${pool.body.id}/items`, auth, { items })).status).toBe(201);
    const listing = await call('POST', '/templates', auth, {
      title: names.listing,
      price: 250,
      currency: 'XTR',
      defaultPoolId: pool.body.id,
      maxPerOrder: 3,
    });
    expect(listing.status).toBe(201);
    const orders: { id: string; auth: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const buyer = `tma ${signInitData(TEST_BOT_TOKEN, { id: tg.id * 10 + i, first_name: names.buyer })}`;
      const req = await call('POST', '/requests', buyer, { templateId: listing.body.id, quantity: i + 1 });
      expect(req.status).toBe(201);
      await payByWebhook(url(), req.body.id, req.body.total, `evt_${randomBytes(6).toString('hex')}`);
      orders.push({ id: req.body.id, auth: buyer });
    }
    const disputed = orders[0] as { id: string; auth: string };
    const dispute = await call('POST', `/requests/${disputed.id}/dispute`, disputed.auth, { reason: 'invalid' });
    expect(dispute.status).toBe(201);
    return { user, poolId: pool.body.id as string };
  }

  let russian: { user: UserRow; poolId: string };
  let mirrored: { user: UserRow; poolId: string };

  beforeAll(async () => {
    assertChromium();
    server = await startWebServer('web-dashboard', { jobs: false });
    // Russian data, so every Latin word on a Russian screen is one the catalogue should have translated.
    russian = await shop(
      { id: 7401, first_name: 'Борис', language_code: 'ru' },
      { pool: 'Подарочные карты', listing: 'Карта на 500 рублей', buyer: 'Вера' },
    );
    // Data without words, so every word on a pseudo-locale screen must carry its right-to-left mark.
    mirrored = await shop({ id: 7402, first_name: 'Dana' }, { pool: '№ 42', listing: '★ 500', buyer: '№ 7' });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.close();
  });

  /** Each page a seller works in, and what shows it has loaded. */
  const pages = (poolId: string): [string, string, string][] => [
    ['pools', '/pools', 'pools-table'],
    ['pool', `/pools/${poolId}`, 'pool-stats'],
    ['import', `/pools/${poolId}/import`, 'dropzone'],
    ['listings', '/templates', 'templates-table'],
    ['orders', '/orders', 'requests-table'],
    ['analytics', '/analytics', 'analytics-totals'],
    ['ledger', '/ledger', 'ledger-sums'],
    ['audit', '/audit', 'audit-table'],
    ['tokens', '/tokens', 'tokens-table'],
  ];

  it('speaks Russian to a seller whose Telegram is in Russian, on every page, and switches language', async () => {
    const signedOut = await newPage();
    await signedOut.goto(`${url()}/pools?lang=ru`);
    await signedOut.getByTestId('sign-in').waitFor();
    await expectRussian(signedOut, 'sign-in');
    await shot(signedOut, 'i18n-ru-sign-in.png');

    const page = await newPage();
    await page.goto(
      `${url()}/api/auth/login?token=${await createLoginToken(running().deps, { userId: russian.user.id })}`,
    );
    await page.getByRole('button', { name: 'Войти' }).click();
    for (const [name, path, ready] of pages(russian.poolId)) {
      await page.goto(`${url()}${path}`);
      await page.getByTestId(ready).waitFor();
      await page.getByTestId('live-status').waitFor();
      await expectRussian(page, name);
      await shot(page, `i18n-ru-${name}.png`);
    }

    // The disputed order's dialog: the buyer's reason and the seller's choices, in Russian.
    await page.goto(`${url()}/orders`);
    await page.getByTestId('requests-table').locator('tbody tr button').first().click();
    await page.getByTestId('request-timeline').waitFor();
    await expectRussian(page, 'order dialog');
    await shot(page, 'i18n-ru-order.png');
    await page.keyboard.press('Escape');

    // The switch stores the choice on the account: English now, and after a reload.
    const language = page.getByTestId('language-switch');
    await language.selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`${url()}/pools`);
    await page.getByTestId('pools-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Pools' }).waitFor();
    await language.selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await expectRussian(page, 'pools, switched back');
    expect(crashes).toEqual([]);
  }, 180_000);

  it('lays every page out right to left in the pseudo-locale, every word from the catalogue', async () => {
    const signedOut = await newPage();
    await signedOut.goto(`${url()}/pools?lang=ar-XB`);
    await signedOut.getByTestId('sign-in').waitFor();
    await expectLaidOutRtl(signedOut, 'sign-in');
    await expectAllFromCatalogue(signedOut, ['code']);
    await shot(signedOut, 'i18n-rtl-sign-in.png');

    const page = await newPage();
    await signIn(page, mirrored.user);
    for (const [name, path, ready] of pages(mirrored.poolId)) {
      await page.goto(`${url()}${path}?lang=ar-XB`);
      await page.getByTestId(ready).waitFor();
      await page.getByTestId('live-status').waitFor();
      await expectLaidOutRtl(page, name);
      // The seller's own name and the brand are data; so are codes and what an input holds.
      await expectAllFromCatalogue(page, ['[data-testid="me-name"]', 'code', '.mono', 'option'], ENGLISH_DATE);
      await shot(page, `i18n-rtl-${name}.png`);
    }
    expect(crashes).toEqual([]);
  }, 180_000);
});
