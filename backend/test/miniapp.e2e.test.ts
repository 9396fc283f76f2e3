import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
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
  tamperHash,
  telegramInitData,
} from './e2e/mini-app-browser.ts';
import { apiCall, payByWebhook, startWebServer } from './e2e/web-server.ts';
import { makeSeller, TEST_BOT_TOKEN } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/miniapp');

const TITLE = 'Steam Gift Card 20 EUR';
const CODE = 'STEAM-7Q4X-2WJ9-KD83';
const PIN = '4096';
const INSTRUCTIONS = 'Open Steam → Games → Activate a product on Steam, then paste the code.';
const PRICE = 250;

const SELLER = { id: 5001, first_name: 'Alice' };
const BUYER = { id: 6001, first_name: 'Bob', username: 'bob' };
const STRANGER = { id: 6002, first_name: 'Eve' };

const SESSION_REFUSED = 'Your Telegram session could not be verified — reopen the app from the bot';

describe('the Telegram Mini App in headless Chromium, against the real server', () => {
  let running: Running;
  let telegramApi: Awaited<ReturnType<typeof startFakeTelegramApi>>;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let sellerAuth: string;
  let poolId: string;
  let templateId: string;
  let requestId: string;
  const opened: OpenedPage[] = [];

  const call = (method: string, p: string, auth: string, body?: unknown) => apiCall(running.url, method, p, auth, body);

  async function open(url: string, options: { theme?: Theme; telegramClient?: boolean } = {}) {
    const o = await openMiniApp(browser, url, options);
    opened.push(o);
    return o;
  }

  /** Every screen a test shows is checked with axe-core (no serious or critical finding), then shot. */
  const shot = (o: OpenedPage, name: string) => checkAndShoot(o.page, path.join(SHOTS, name));

  /** The processor's signed webhook: the payment path that needs no Telegram. */
  async function pay(id: string, amount: number, eventId: string) {
    expect(await payByWebhook(running.url, id, amount, eventId)).toBe(200);
  }

  beforeAll(async () => {
    assertChromium();
    telegramApi = await startFakeTelegramApi();
    server = await startWebServer('miniapp', { env: { TELEGRAM_API_ROOT: telegramApi.url } });
    running = server.running;

    // A seller with a pool of codes bound to a listing.
    const seller = await makeSeller(running.deps.db, SELLER);
    const { token } = await createApiToken(withActor(running.deps, { type: 'seller', userId: seller.id }), {
      name: 'e2e',
    });
    sellerAuth = `Bearer ${token}`;
    const pool = await call('POST', '/pools', sellerAuth, {
      name: 'Steam 20 EUR',
      deliveryType: 'code',
      lowStockThreshold: 5,
    });
    expect(pool.status).toBe(201);
    poolId = pool.body.id;
    const items = [
      { fields: { code: CODE, pin: PIN, value: '20 EUR' } },
      { fields: { code: 'STEAM-AAAA-BBBB-0002', value: '20 EUR' } },
      { fields: { code: 'STEAM-AAAA-BBBB-0003', value: '20 EUR' } },
    ];
    expect((await call('POST', `/pools/${poolId}/items`, sellerAuth, { items })).status).toBe(201);
    const template = await call('POST', '/templates', sellerAuth, {
      title: TITLE,
      description: 'A Steam wallet code worth 20 EUR. Works in every EU store.',
      price: PRICE,
      currency: 'XTR',
      maxPerOrder: 3,
      defaultPoolId: poolId,
      instructions: INSTRUCTIONS,
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;

    // The buyer orders, and the processor's signed webhook pays: delivered at once.
    const buyerAuth = `tma ${telegramInitData(TEST_BOT_TOKEN, BUYER)}`;
    const req = await call('POST', '/requests', buyerAuth, { templateId, quantity: 1 });
    expect(req.status).toBe(201);
    requestId = req.body.id;
    await pay(requestId, PRICE, 'evt_e2e_1');
    expect((await call('GET', `/requests/${requestId}`, buyerAuth)).body.status).toBe('delivered');

    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await telegramApi?.close();
  });

  for (const [name, theme] of [
    ['light', LIGHT_THEME],
    ['dark', DARK_THEME],
  ] as const) {
    it(`shows the buyer their delivered purchase, masked until Reveal (${name} theme)`, async () => {
      const initData = telegramInitData(TEST_BOT_TOKEN, BUYER);
      const o = await open(launchUrl(running.url, { initData, theme, startParam: `req_${requestId}` }), { theme });
      const { page } = o;

      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByText('Delivered', { exact: true }).waitFor();
      const preview = page.getByTestId('masked-preview');
      expect(await preview.textContent()).toMatch(/^•+/);
      expect(await page.locator('body').textContent()).not.toContain(CODE);
      // The theme's colours reach the page through the SDK's CSS variables.
      const bg = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--tg-theme-bg-color'),
      );
      expect(bg.trim()).toBe(theme.bg_color);
      await shot(o, `purchase-${name}-before-reveal.png`);

      await page.getByRole('button', { name: 'Reveal', exact: true }).click();
      await page.getByText(INSTRUCTIONS).waitFor();
      // Sensitive fields stay behind the eye toggle after the reveal; the value field does not.
      expect(await page.getByTestId('field-Code').textContent()).not.toContain(CODE);
      await page.getByText('20 EUR', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Show Code' }).click();
      await page.getByText(CODE, { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Show PIN' }).click();
      await page.getByText(PIN, { exact: true }).waitFor();
      expect(await page.getByTestId('field-Code').textContent()).toBe(CODE);
      await shot(o, `purchase-${name}-after-reveal.png`);

      // The page owns Telegram's back button, and told Telegram it was ready.
      const events = await o.telegramEvents();
      expect(events).toContainEqual(['web_app_setup_back_button', { is_visible: true }]);
      expect(events.map(([type]) => type)).toContain('web_app_ready');
      expect(o.crashes).toEqual([]);
    });
  }

  it("shows another Telegram user a not-found message for someone else's purchase", async () => {
    const initData = telegramInitData(TEST_BOT_TOKEN, STRANGER);
    const o = await open(launchUrl(running.url, { initData, theme: LIGHT_THEME, startParam: `req_${requestId}` }));
    await o.page.getByText('Purchase not found').waitFor();
    await o.page.getByText('it belongs to another Telegram account').waitFor();
    expect(await o.page.locator('body').textContent()).not.toContain(TITLE);
    await shot(o, 'purchase-not-found.png');
    expect(o.crashes).toEqual([]);
  });

  it('refuses init data whose hash was tampered with, and says so clearly', async () => {
    const initData = tamperHash(telegramInitData(TEST_BOT_TOKEN, BUYER));
    // No Telegram client stub here: the app must also hold up in a bare browser.
    const o = await open(launchUrl(running.url, { initData, theme: LIGHT_THEME, startParam: `req_${requestId}` }), {
      telegramClient: false,
    });
    await o.page.getByText(SESSION_REFUSED).waitFor();
    expect(await o.page.locator('body').textContent()).not.toContain(TITLE);
    await shot(o, 'session-refused.png');
    expect(o.crashes).toEqual([]);
  });

  it('asks to be opened from the bot when there are no launch parameters', async () => {
    const o = await open(`${running.url}/app/`, { telegramClient: false });
    await o.page.getByText('Open it from the Codepool bot in Telegram').waitFor();
    await shot(o, 'outside-telegram.png');
    expect(o.crashes).toEqual([]);
  });

  it('opens a listing from a buy_ deep link, pays through Telegram and gets the delivery live', async () => {
    const initData = telegramInitData(TEST_BOT_TOKEN, BUYER);
    const o = await open(launchUrl(running.url, { initData, theme: LIGHT_THEME, startParam: `buy_${templateId}` }));
    const { page } = o;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('In stock', { exact: true }).waitFor();
    await page.getByText('Sold by Alice').waitFor();
    // With a Telegram client the page drives the native main button instead of drawing one.
    const mainButtonSays = (text: string) =>
      page.waitForFunction((t) => {
        const last = (window.__telegramEvents ?? []).filter(([type]) => type === 'web_app_setup_main_button').at(-1);
        const params = last?.[1] as { text?: string } | undefined;
        return params?.text === t ? params : null;
      }, text);
    await mainButtonSays(`Buy for ⭐ ${PRICE}`);
    await page.getByRole('button', { name: 'One more' }).click();
    await page.getByText(`${PRICE * 2} Stars`).waitFor();
    await mainButtonSays(`Buy for ⭐ ${PRICE * 2}`);
    await page.getByRole('button', { name: 'One less' }).click();
    const mainButton = await mainButtonSays(`Buy for ⭐ ${PRICE}`);
    expect(await mainButton.jsonValue()).toMatchObject({ is_visible: true, is_active: true });
    expect(await page.getByRole('button', { name: /Buy for/ }).count()).toBe(0);
    await shot(o, 'listing-light.png');

    // The user taps Telegram's main button: the order is created and its invoice opened.
    await o.telegramSends('main_button_pressed');
    const opened = await page.waitForFunction(() => {
      const open = (window.__telegramEvents ?? []).find(([type]) => type === 'web_app_open_invoice');
      return open ? (open[1] as { slug: string }).slug : null;
    });
    const slug = await opened.jsonValue();
    // The server asked the (fake) Bot API for the link; the app opened its slug in Telegram.
    expect(slug).toMatch(/^e2e_invoice_/);
    const buyerAuth = `tma ${initData}`;
    const pending = await call('GET', '/requests?role=buyer&status=pending_payment', buyerAuth);
    const order = pending.body.items.find((r: { id: string }) => r.id !== requestId);
    expect(order).toMatchObject({ quantity: 1, total: PRICE });

    // Telegram's payment sheet closes paid; the bot hears of it a moment later.
    await o.telegramSends('invoice_closed', { slug, status: 'paid' });
    await page.getByText('Confirming your payment').waitFor();
    await shot(o, 'listing-confirming-payment.png');
    await pay(order.id, PRICE, 'evt_e2e_2');
    // Delivered over socket.io, without a reload.
    await page.getByText('Delivered', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reveal', exact: true }).waitFor();
    await shot(o, 'listing-delivered.png');
    expect(o.crashes).toEqual([]);
  });

  it('lets the seller see stock and restock by pasting lines', async () => {
    const initData = telegramInitData(TEST_BOT_TOKEN, SELLER);
    const before = (await call('GET', `/pools/${poolId}`, sellerAuth)).body.stock.available as number;
    const o = await open(launchUrl(running.url, { initData, theme: LIGHT_THEME }));
    const { page } = o;
    await page.getByText('Your shop').waitFor();
    await page.getByText('Stock pools').click();
    await page.getByText('Steam 20 EUR').waitFor();
    // One or two left with an alert at 5: low stock.
    await page.getByText('Low stock').waitFor();
    await shot(o, 'seller-pools-light.png');

    await page.getByText('Steam 20 EUR').click();
    await page.getByRole('link', { name: /Restock$/ }).waitFor();
    await shot(o, 'seller-pool-before-restock-light.png');
    await page.getByRole('link', { name: /Restock$/ }).click();
    await page.getByLabel('Paste items').waitFor();
    await shot(o, 'seller-restock-form-light.png');
    await page.getByLabel('Paste items').fill(['STEAM-NEW1-0001', 'STEAM-NEW2-0002;1234', CODE, ''].join('\n'));
    await page.getByRole('button', { name: 'Add 3 items' }).click();
    await page.getByText('Restocked').waitFor();
    const report = await page.locator('.section', { hasText: 'Report' }).textContent();
    expect(report).toMatch(/Accepted\s*2/);
    expect(report).toMatch(/Duplicates skipped\s*1/);
    expect(report).toMatch(/Invalid\s*0/);
    await shot(o, 'seller-restock-light.png');

    const pool = await call('GET', `/pools/${poolId}`, sellerAuth);
    expect(pool.body.stock.available).toBe(before + 2);

    // Telegram's back button, owned by the page, leads back to the pool with its new counts.
    await o.telegramSends('back_button_pressed');
    await page.getByRole('heading', { name: 'Steam 20 EUR' }).waitFor();
    await page.getByText('Expiring soon').waitFor();
    await shot(o, 'seller-pool-light.png');
    expect(o.crashes).toEqual([]);
  });

  it('walks the buyer from home to their purchases and the dispute form (dark theme)', async () => {
    const initData = telegramInitData(TEST_BOT_TOKEN, BUYER);
    const o = await open(launchUrl(running.url, { initData, theme: DARK_THEME }), { theme: DARK_THEME });
    const { page } = o;
    await page.getByRole('heading', { name: 'Hi, Bob' }).waitFor();
    await page.getByText('Recent purchases').waitFor();
    expect(await page.getByRole('link', { name: new RegExp(TITLE) }).count()).toBeGreaterThan(0);
    await shot(o, 'home-buyer-dark.png');

    await page.getByRole('link', { name: 'All purchases' }).click();
    await page.getByRole('heading', { name: 'My purchases' }).waitFor();
    await shot(o, 'purchases-dark.png');
    await page
      .getByRole('link', { name: new RegExp(TITLE) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Reveal', exact: true }).waitFor();
    await shot(o, 'purchase-dark.png');
    await page.getByRole('link', { name: 'Report a problem' }).click();
    await page.getByRole('heading', { name: 'Report a problem' }).waitFor();

    await page.getByRole('button', { name: 'Report the problem' }).click();
    await page.getByText('Choose what is wrong.').waitFor();
    await page.getByLabel(/Something else/).check();
    await page.getByRole('button', { name: 'Report the problem' }).click();
    await page.getByText(/Describe the problem/).waitFor();
    await shot(o, 'dispute-dark.png');

    await page.getByRole('textbox').fill('The store says this code was already redeemed.');
    await page.getByRole('button', { name: 'Report the problem' }).click();
    // The dispute is opened and the purchase shows the reported problem (its chip and notice).
    await page.getByText('Problem reported').first().waitFor();
    await shot(o, 'purchase-disputed-dark.png');
    expect(o.crashes).toEqual([]);
  });
});
