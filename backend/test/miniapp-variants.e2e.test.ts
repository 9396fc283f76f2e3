import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitDataUser } from '../src/lib/telegram-init-data.ts';
import type { Running } from '../src/server.ts';
import { checkAndShoot } from './e2e/axe.ts';
import { startFakeTelegramApi } from './e2e/fake-telegram-api.ts';
import {
  assertChromium,
  DARK_THEME,
  LIGHT_THEME,
  launchChromium,
  launchUrl,
  type OpenedPage,
  openMiniApp,
  type Theme,
  telegramInitData,
} from './e2e/mini-app-browser.ts';
import { apiCall, payByWebhook, startWebServer } from './e2e/web-server.ts';
import { sellerOn, TEST_BOT_TOKEN } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/miniapp');

const TITLE = 'Amazon Gift Card';
const SELLER = { id: 5201, first_name: 'Alice' };
const BUYER = { id: 6201, first_name: 'Bob', username: 'bob' };
const WATCHER = { id: 6202, first_name: 'Carol' };

// Three denominations of one card: plenty of the $10, a limited edition of five $25 EU codes
// with at most three per buyer a day, and a $50 whose pool is empty.
const TEN = { title: '$10 · US', price: 500 };
const EU = { title: '$25 · EU', price: 1200, cap: 5, perBuyer: 3 };
const FIFTY = { title: '$50 · US', price: 2400 };

/**
 * The variant picker of the Mini App, in headless Chromium against the real server: a listing
 * with three variants, one limited ("N left", the buyer's own limit), one sold out (disabled,
 * with a back-in-stock alert of its own), bought through Telegram's main button and invoice,
 * and a `v_` deep link that opens the listing with its variant chosen.
 */
describe('the variant picker of the Mini App', () => {
  let running: Running;
  let telegramApi: Awaited<ReturnType<typeof startFakeTelegramApi>>;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let templateId: string;
  const variantIds: Record<string, string> = {};
  const opened: OpenedPage[] = [];

  const call = (method: string, p: string, auth: string, body?: unknown) => apiCall(running.url, method, p, auth, body);

  async function open(user: InitDataUser, startParam: string, theme: Theme = LIGHT_THEME) {
    const initData = telegramInitData(TEST_BOT_TOKEN, user);
    const o = await openMiniApp(browser, launchUrl(running.url, { initData, theme, startParam }), { theme });
    opened.push(o);
    return { ...o, auth: `tma ${initData}` };
  }

  /** Every screen a test shows is checked with axe-core (no serious or critical finding), then shot. */
  const shot = (o: OpenedPage, name: string) => checkAndShoot(o.page, path.join(SHOTS, name));

  /** The main button as the app last set it up, once its text is `text`. */
  const mainButtonSays = (o: OpenedPage, text: string) =>
    o.page.waitForFunction((t) => {
      const last = (window.__telegramEvents ?? []).filter(([type]) => type === 'web_app_setup_main_button').at(-1);
      const params = last?.[1] as { text?: string; is_active?: boolean } | undefined;
      return params?.text === t ? params : null;
    }, text);

  /** One option of the picker: its radio and the label around it (title, reason, notes, price). */
  const option = (o: OpenedPage, title: string) => {
    const label = o.page.locator('label.variant-choice', { hasText: title });
    return { label, radio: label.getByRole('radio') };
  };

  beforeAll(async () => {
    assertChromium();
    telegramApi = await startFakeTelegramApi();
    server = await startWebServer('miniapp', { env: { TELEGRAM_API_ROOT: telegramApi.url } });
    running = server.running;

    const { auth: sellerAuth } = await sellerOn(running.deps.db, SELLER);
    async function pool(name: string, codes: number) {
      const created = await call('POST', '/pools', sellerAuth, { name, deliveryType: 'code' });
      expect(created.status).toBe(201);
      if (codes > 0) {
        const items = Array.from({ length: codes }, (_, i) => ({
          fields: { code: `AMZN-${name.replace(/\W/g, '')}-${String(i + 1).padStart(4, '0')}` },
        }));
        expect((await call('POST', `/pools/${created.body.id}/items`, sellerAuth, { items })).status).toBe(201);
      }
      return created.body.id as string;
    }
    const template = await call('POST', '/templates', sellerAuth, {
      title: TITLE,
      description: 'An Amazon gift card code, delivered the moment you pay.',
      currency: 'XTR',
      instructions: 'Redeem at amazon.com/redeem.',
      variants: [
        { title: TEN.title, price: TEN.price, poolId: await pool('Amazon 10 US', 6), maxPerOrder: 3 },
        {
          title: EU.title,
          price: EU.price,
          poolId: await pool('Amazon 25 EU', 8),
          maxQuantity: EU.cap,
          maxPerOrder: 3,
          buyerLimit: { count: EU.perBuyer, period: 'day' },
        },
        { title: FIFTY.title, price: FIFTY.price, poolId: await pool('Amazon 50 US', 0) },
      ],
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;
    for (const v of template.body.variants as { id: string; title: string }[]) variantIds[v.title] = v.id;
    expect(Object.keys(variantIds)).toEqual([TEN.title, EU.title, FIFTY.title]);

    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await telegramApi?.close();
  });

  it('offers the three variants, the sold-out one disabled, and buys the limited one through Telegram', async () => {
    const o = await open(BUYER, `buy_${templateId}`);
    const { page } = o;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('radiogroup').waitFor();
    expect(await page.getByRole('radio').count()).toBe(3);

    // The first in stock is chosen; the $50 has no stock and cannot be chosen.
    const ten = option(o, TEN.title);
    const eu = option(o, EU.title);
    const fifty = option(o, FIFTY.title);
    expect(await ten.radio.isChecked()).toBe(true);
    expect(await fifty.radio.isDisabled()).toBe(true);
    expect(await fifty.label.textContent()).toContain('Sold out');
    expect(await eu.label.textContent()).toContain(`${EU.cap} left · You can buy ${EU.perBuyer} more today`);
    expect(await eu.label.textContent()).toContain('1,200 Stars');
    expect(await ten.label.textContent()).not.toMatch(/left|You can buy/);
    await mainButtonSays(o, `Buy for ⭐ ${TEN.price}`);

    // A disabled option does not take a click.
    await fifty.label.click({ force: true });
    expect(await ten.radio.isChecked()).toBe(true);

    await eu.label.click();
    expect(await eu.radio.isChecked()).toBe(true);
    await mainButtonSays(o, `Buy for ⭐ ${EU.price.toLocaleString('en-US')}`);
    await page.getByRole('button', { name: 'One more' }).click();
    const twoOfThem = await mainButtonSays(o, `Buy for ⭐ ${(EU.price * 2).toLocaleString('en-US')}`);
    expect(await twoOfThem.jsonValue()).toMatchObject({ is_visible: true, is_active: true });
    await shot(o, 'variants-listing-light.png');

    // Telegram's main button: the order names the variant, and its invoice opens.
    await o.telegramSends('main_button_pressed');
    const invoice = await page.waitForFunction(() => {
      const e = (window.__telegramEvents ?? []).find(([type]) => type === 'web_app_open_invoice');
      return e ? (e[1] as { slug: string }).slug : null;
    });
    const slug = await invoice.jsonValue();
    const pending = await call('GET', '/requests?role=buyer&status=pending_payment', o.auth);
    expect(pending.body.items).toHaveLength(1);
    const order = pending.body.items[0];
    expect(order).toMatchObject({ templateId, variantId: variantIds[EU.title], quantity: 2, total: EU.price * 2 });

    await o.telegramSends('invoice_closed', { slug, status: 'paid' });
    await page.getByText('Confirming your payment').waitFor();
    await shot(o, 'variants-confirming-light.png');
    expect(await payByWebhook(running.url, order.id, EU.price * 2, 'evt_variants_1')).toBe(200);
    await page.getByText('Delivered', { exact: true }).waitFor();
    // Two codes of the $25 EU, delivered from its own pool.
    await page.getByRole('button', { name: 'Reveal all 2', exact: true }).waitFor();
    await shot(o, 'variants-delivered-light.png');
    expect(o.crashes).toEqual([]);
  });

  it('opens a v_ deep link with its variant chosen, counting what was sold and what the buyer has left', async () => {
    const o = await open(BUYER, `v_${variantIds[EU.title]}`);
    const { page } = o;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const eu = option(o, EU.title);
    await eu.radio.waitFor();
    expect(await eu.radio.isChecked()).toBe(true);
    // Two of the five sold, two of the buyer's three a day bought.
    expect(await eu.label.textContent()).toContain(`${EU.cap - 2} left · You can buy ${EU.perBuyer - 2} more today`);
    // The stepper stops at what the buyer's limit still allows.
    expect(await page.getByRole('button', { name: 'One more' }).isDisabled()).toBe(true);
    await mainButtonSays(o, `Buy for ⭐ ${EU.price.toLocaleString('en-US')}`);
    // The link page replaced itself with the listing: back leads home, not to the link again.
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/t/${templateId}/v/${variantIds[EU.title]}`);
    await shot(o, 'variants-deep-link-light.png');
    expect(o.crashes).toEqual([]);
  });

  it('takes a back-in-stock alert for the sold-out variant alone (dark theme)', async () => {
    const o = await open(WATCHER, `buy_${templateId}`, DARK_THEME);
    const { page } = o;
    await page.getByRole('radiogroup').waitFor();
    const soldOut = page.locator('.section', { hasText: 'Sold out' }).filter({ hasText: FIFTY.title });
    await soldOut.getByRole('button', { name: 'Notify me' }).click();
    await soldOut.getByText('We will tell you').waitFor();
    const watchers = await running.deps.db.$client.query<{ variant_id: string }>(
      'select w.variant_id from stock_watchers w join users u on u.id = w.user_id where u.telegram_id = $1',
      [WATCHER.id],
    );
    expect(watchers.rows).toEqual([{ variant_id: variantIds[FIFTY.title] }]);
    await shot(o, 'variants-sold-out-dark.png');
    expect(o.crashes).toEqual([]);
  });
});
