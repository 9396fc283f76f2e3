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
  LIGHT_THEME,
  launchChromium,
  launchUrl,
  type OpenedPage,
  openMiniApp,
  telegramInitData,
} from './e2e/mini-app-browser.ts';
import { expectAllFromCatalogue, expectLaidOutRtl, RLO } from './e2e/pseudo-locale.ts';
import { apiCall, payByWebhook, startWebServer } from './e2e/web-server.ts';
import { sellerOn, TEST_BOT_TOKEN } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/miniapp');

const TITLE = 'Steam Wallet 500';
const INSTRUCTIONS = 'Steam → Games → Activate a product.';
const SELLER = { id: 5301, first_name: 'Alice' };
const RU_BUYER = { id: 6301, first_name: 'Борис' };
const RTL_BUYER = { id: 6302, first_name: 'Dana' };

// Two options: an unlimited one, and a limited edition of three (a Russian plural: «Осталось 3 штуки»).
const STANDARD = { title: 'Standard', price: 500 };
const LIMITED = { title: 'Limited', price: 700, cap: 3 };

/** The Mini App in Russian (from Telegram's language_code) and in the right-to-left pseudo-locale. */
describe('the Mini App in the buyer’s language', () => {
  let running: Running;
  let telegramApi: Awaited<ReturnType<typeof startFakeTelegramApi>>;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let templateId: string;
  const variantIds: Record<string, string> = {};
  const opened: OpenedPage[] = [];

  const call = (method: string, p: string, auth: string, body?: unknown) => apiCall(running.url, method, p, auth, body);

  async function open(
    user: InitDataUser,
    {
      startParam,
      languageCode,
      lang,
      telegramClient = true,
    }: { startParam?: string; languageCode?: string; lang?: string; telegramClient?: boolean },
  ) {
    const initData = telegramInitData(TEST_BOT_TOKEN, user, { languageCode });
    const url = launchUrl(running.url, { initData, theme: LIGHT_THEME, startParam, lang });
    const o = await openMiniApp(browser, url, { theme: LIGHT_THEME, telegramClient });
    opened.push(o);
    return { ...o, auth: `tma ${initData}` };
  }

  const shot = (o: OpenedPage, name: string) => checkAndShoot(o.page, path.join(SHOTS, name));

  const mainButtonSays = (o: OpenedPage, text: string) =>
    o.page.waitForFunction((t) => {
      const last = (window.__telegramEvents ?? []).filter(([type]) => type === 'web_app_setup_main_button').at(-1);
      const params = last?.[1] as { text?: string } | undefined;
      return params?.text === t ? params : null;
    }, text);

  beforeAll(async () => {
    assertChromium();
    telegramApi = await startFakeTelegramApi();
    server = await startWebServer('miniapp', { env: { TELEGRAM_API_ROOT: telegramApi.url } });
    running = server.running;

    const { auth: sellerAuth } = await sellerOn(running.deps.db, SELLER);
    async function pool(name: string, codes: number) {
      const created = await call('POST', '/pools', sellerAuth, { name, deliveryType: 'code' });
      expect(created.status).toBe(201);
      const items = Array.from({ length: codes }, (_, i) => ({
        fields: { code: `STEAM-${name.replace(/\W/g, '')}-${String(i + 1).padStart(4, '0')}` },
      }));
      expect((await call('POST', `/pools/${created.body.id}/items`, sellerAuth, { items })).status).toBe(201);
      return created.body.id as string;
    }
    const template = await call('POST', '/templates', sellerAuth, {
      title: TITLE,
      description: 'A Steam wallet code.',
      currency: 'XTR',
      instructions: INSTRUCTIONS,
      variants: [
        { title: STANDARD.title, price: STANDARD.price, poolId: await pool('Steam standard', 5), maxPerOrder: 3 },
        {
          title: LIMITED.title,
          price: LIMITED.price,
          poolId: await pool('Steam limited', 5),
          maxQuantity: LIMITED.cap,
          maxPerOrder: 1,
        },
      ],
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;
    for (const v of template.body.variants as { id: string; title: string }[]) variantIds[v.title] = v.id;

    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await telegramApi?.close();
  });

  it('speaks Russian to a buyer whose Telegram is in Russian: listing, payment, delivery, reveal, and back to English', async () => {
    const o = await open(RU_BUYER, { startParam: `buy_${templateId}`, languageCode: 'ru' });
    const { page } = o;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ru',
      'ltr',
    ]);
    await page.getByText('Выберите вариант').waitFor();
    await page.getByText('В наличии', { exact: true }).waitFor();
    await page.getByText('Продавец: Alice').waitFor();
    const limited = page.locator('label.variant-choice', { hasText: LIMITED.title });
    expect(await limited.textContent()).toContain('Осталось 3 штуки');
    expect(await page.locator('label.variant-choice', { hasText: STANDARD.title }).textContent()).toContain(
      '500 звёзд',
    );
    await mainButtonSays(o, `Купить за ⭐ ${STANDARD.price}`);
    await shot(o, 'i18n-ru-listing.png');

    await limited.click();
    await mainButtonSays(o, `Купить за ⭐ ${LIMITED.price}`);
    await page.getByText('Ваш заказ').waitFor();
    await page.getByText('Одна штука на заказ').waitFor();
    await shot(o, 'i18n-ru-listing-limited.png');

    await o.telegramSends('main_button_pressed');
    const invoice = await page.waitForFunction(() => {
      const e = (window.__telegramEvents ?? []).find(([type]) => type === 'web_app_open_invoice');
      return e ? (e[1] as { slug: string }).slug : null;
    });
    const slug = await invoice.jsonValue();
    const pending = await call('GET', '/requests?role=buyer&status=pending_payment', o.auth);
    const order = pending.body.items[0];
    expect(order).toMatchObject({ templateId, variantId: variantIds[LIMITED.title], quantity: 1 });

    await o.telegramSends('invoice_closed', { slug, status: 'paid' });
    await page.getByText('Подтверждаем оплату').waitFor();
    await shot(o, 'i18n-ru-confirming.png');
    expect(await payByWebhook(running.url, order.id, LIMITED.price, 'evt_i18n_ru')).toBe(200);
    await page.getByText('Доставлен', { exact: true }).waitFor();
    await page.getByText('Всё работает?').waitFor();
    await shot(o, 'i18n-ru-delivered.png');

    await page.getByRole('button', { name: 'Открыть', exact: true }).click();
    await page.getByText(INSTRUCTIONS).waitFor();
    await page.getByText('Как использовать').waitFor();
    await page.getByRole('button', { name: 'Скачать текстом' }).waitFor();
    await shot(o, 'i18n-ru-revealed.png');

    // Telegram's back button: the listing it came from, then home; then the purchases; all in Russian.
    await o.telegramSends('back_button_pressed');
    await page.getByText('Выберите вариант').waitFor();
    await o.telegramSends('back_button_pressed');
    await page.getByRole('heading', { name: 'Привет, Борис' }).waitFor();
    await page.getByText('Недавние покупки').waitFor();
    await shot(o, 'i18n-ru-home.png');
    await page.getByRole('link', { name: 'Все покупки' }).click();
    await page.getByRole('heading', { name: 'Мои покупки' }).waitFor();
    await page.getByText('Доставлен', { exact: true }).first().waitFor();
    await shot(o, 'i18n-ru-purchases.png');
    await o.telegramSends('back_button_pressed');
    await page.getByRole('heading', { name: 'Привет, Борис' }).waitFor();

    // The language setting: Telegram's (Russian) until English is chosen, which is saved and shown at once.
    await page.getByRole('link', { name: /Язык/ }).click();
    await page.getByRole('heading', { name: 'Язык' }).waitFor();
    expect(await page.getByRole('radio', { name: /Как в Telegram/ }).isChecked()).toBe(true);
    await shot(o, 'i18n-ru-language.png');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Language' }).waitFor();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const me = await call('GET', '/me', o.auth);
    expect(me.body).toMatchObject({ locale: 'en', localeChoice: 'en' });
    await shot(o, 'i18n-ru-switched-to-english.png');
    expect(o.crashes).toEqual([]);
  });

  it('lays out every screen right to left under the pseudo-locale, nothing clipped, nothing mirrored wrongly', async () => {
    // Without a Telegram client the app draws its own back and buy buttons: their place is checked too.
    const o = await open(RTL_BUYER, { startParam: `buy_${templateId}`, lang: 'ar-XB', telegramClient: false });
    const { page } = o;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('radiogroup').waitFor();
    await expectLaidOutRtl(page, 'listing');
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    // The back row: its first item (the arrow) is on the right, and points right.
    const back = await page.locator('.page-back').boundingBox();
    expect(back && back.x + back.width).toBeGreaterThan(width - 40);
    const arrow = await page.locator('.page-back svg').evaluate((el) => getComputedStyle(el).transform);
    expect(arrow).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // A start-aligned heading ends near the right edge; a row's title sits right of its value.
    const titleText = await page
      .locator('.section-title')
      .first()
      .evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const box = range.getBoundingClientRect();
        return { left: box.left, right: box.right };
      });
    expect(titleText.right).toBeGreaterThan(width - 40);
    expect(titleText.left).toBeGreaterThan(width / 2);
    const total = page.locator('.row', { hasText: RLO }).last();
    const [main, after] = await Promise.all([
      total.locator('.row-main').boundingBox(),
      total.locator('.row-after').boundingBox(),
    ]);
    expect(main && after && main.x).toBeGreaterThan((after?.x ?? 0) + (after?.width ?? 0) - 1);
    await expectAllFromCatalogue(page, ['.hero-title', '.row-title', '.row-after', '.card-text', '.stars', 'output']);
    await shot(o, 'i18n-rtl-listing.png');

    // A purchase paid through the processor's webhook, opened from its deep link.
    const created = await call('POST', '/requests', o.auth, {
      templateId,
      variantId: variantIds[STANDARD.title],
      quantity: 1,
    });
    expect(created.status).toBe(201);
    expect(await payByWebhook(running.url, created.body.id, STANDARD.price, 'evt_i18n_rtl')).toBe(200);
    const r = await open(RTL_BUYER, { startParam: `req_${created.body.id}`, lang: 'ar-XB', telegramClient: false });
    await r.page.getByRole('heading', { name: TITLE }).waitFor();
    await r.page.locator('.chip-success').waitFor();
    await expectLaidOutRtl(r.page, 'purchase');
    await expectAllFromCatalogue(r.page, ['.page-title', '.stars', '.masked-preview', '.summary-sub']);
    await shot(r, 'i18n-rtl-delivered.png');

    await r.page.locator('.section-actions .btn-primary').click();
    await r.page.getByText(INSTRUCTIONS).waitFor();
    await expectLaidOutRtl(r.page, 'revealed');
    await shot(r, 'i18n-rtl-revealed.png');

    // The dispute form: radios, a textarea and its counter, all from the catalogue.
    await r.page.locator(`a[href$="/dispute"]`).click();
    await r.page.locator('textarea').waitFor();
    await expectLaidOutRtl(r.page, 'dispute');
    await expectAllFromCatalogue(r.page, ['.page-lead strong']);
    await shot(r, 'i18n-rtl-dispute.png');
    await r.page.locator('.page-back').click();
    await r.page.locator('.chip-success').waitFor();

    await r.page.locator('.page-back').click();
    await r.page.locator('.row-link').first().waitFor();
    await expectLaidOutRtl(r.page, 'purchases');
    // A row that leads somewhere: its chevron is on the left and points left.
    const row = r.page.locator('.row-link').first();
    const [rowMain, chevron] = await Promise.all([
      row.locator('.row-main').boundingBox(),
      row.locator('.row-chevron').boundingBox(),
    ]);
    expect(rowMain && chevron && rowMain.x).toBeGreaterThan((chevron?.x ?? 0) + (chevron?.width ?? 0) - 1);
    expect(await row.locator('.row-chevron svg').evaluate((el) => getComputedStyle(el).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    await shot(r, 'i18n-rtl-purchases.png');

    await r.page.locator('.page-back').click();
    await r.page.locator('.home-header').waitFor();
    await expectLaidOutRtl(r.page, 'home');
    await expectAllFromCatalogue(r.page, ['.avatar', '.row-title', '.stars', '.row-subtitle']);
    await shot(r, 'i18n-rtl-home.png');

    await r.page.locator('a[href="#/settings"]').click();
    await r.page.getByRole('radiogroup').waitFor();
    await expectLaidOutRtl(r.page, 'language');
    // The languages are named in themselves, not through the catalogue.
    await expectAllFromCatalogue(r.page, ['[lang]:not(html)']);
    await shot(r, 'i18n-rtl-language.png');
    expect([...o.crashes, ...r.crashes]).toEqual([]);
  });

  it("lays out the seller's screens right to left: pools, a pool's stock, the restock form", async () => {
    const o = await open(SELLER, { lang: 'ar-XB', telegramClient: false });
    const { page } = o;
    await page.locator('a[href="#/seller/pools"]').click();
    await page.locator('.pool-row').first().waitFor();
    await expectLaidOutRtl(page, 'pools');
    await expectAllFromCatalogue(page, ['.row-title']);
    await shot(o, 'i18n-rtl-seller-pools.png');

    await page.locator('.pool-row').first().click();
    await page.locator('.stat-grid').waitFor();
    await expectLaidOutRtl(page, 'pool');
    await expectAllFromCatalogue(page, ['.page-title', '.stat-value', '.row-title']);
    await shot(o, 'i18n-rtl-seller-pool.png');

    await page.locator('a[href$="/restock"]').click();
    await page.locator('textarea').fill('STEAM-RTL-0001\nSTEAM-RTL-0002');
    // The add button turns enabled with a fade: axe measures it once the fade is over.
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('.btn-primary');
      return button && !button.disabled && getComputedStyle(button).opacity === '1';
    });
    await expectLaidOutRtl(page, 'restock');
    await expectAllFromCatalogue(page, ['.page-lead strong', 'textarea']);
    await shot(o, 'i18n-rtl-seller-restock.png');
    expect(o.crashes).toEqual([]);
  });
});
