import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes } from '@codepool/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import type { Running } from '../src/server.ts';
import { checkAndShoot } from './e2e/axe.ts';
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
import { addFileItem, fakePdf, tinyPng } from './file-sales.ts';
import { makeSeller, TEST_BOT_TOKEN } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/miniapp');

const SELLER = { id: 5101, first_name: 'Alice' };
const BUYER = { id: 6101, first_name: 'Bob', username: 'bob' };
const PNG = tinyPng(240, 150);
const PDF = fakePdf(600_000);
const PIN = '5521';

/**
 * The reveal of file and image items in the Mini App, in headless Chromium against the real
 * server: a picture shown inline, a PDF saved through Telegram's downloadFile (the client stub
 * records the request; the test fetches the URL as the client would) and through a plain
 * browser download where there is no Telegram client.
 */
describe('file and image items in the Mini App', () => {
  let running: Running;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let imageRequest: string;
  let pdfRequest: string;
  let imageItem: string;
  let pdfItem: string;
  const opened: OpenedPage[] = [];

  const call = (method: string, p: string, auth: string, body?: unknown) => apiCall(running.url, method, p, auth, body);

  async function pay(id: string, amount: number, eventId: string) {
    expect(await payByWebhook(running.url, id, amount, eventId)).toBe(200);
  }

  const revealedAt = async (itemId: string) =>
    (
      await running.deps.db.$client.query<{ revealed_at: Date | null }>(
        'select revealed_at from pool_items where id = $1',
        [itemId],
      )
    ).rows[0]?.revealed_at ?? null;

  async function open(
    requestId: string,
    { theme = LIGHT_THEME, telegramClient = true } = {} as {
      theme?: Theme;
      telegramClient?: boolean;
    },
  ) {
    const initData = telegramInitData(TEST_BOT_TOKEN, BUYER);
    const o = await openMiniApp(browser, launchUrl(running.url, { initData, theme, startParam: `req_${requestId}` }), {
      theme,
      telegramClient,
    });
    opened.push(o);
    return o;
  }
  /** Every screen a test shows is checked with axe-core (no serious or critical finding), then shot. */
  const shot = (o: OpenedPage, name: string) => checkAndShoot(o.page, path.join(SHOTS, name));

  beforeAll(async () => {
    assertChromium();
    server = await startWebServer('miniapp');
    running = server.running;
    const seller = await makeSeller(running.deps.db, SELLER);
    const { token } = await createApiToken(withActor(running.deps, { type: 'seller', userId: seller.id }), {
      name: 'e2e',
    });
    const sellerAuth = `Bearer ${token}`;
    const buyerAuth = `tma ${telegramInitData(TEST_BOT_TOKEN, BUYER)}`;

    async function listing(deliveryType: 'image' | 'file', title: string, add: (poolId: string) => Promise<string>) {
      const pool = await call('POST', '/pools', sellerAuth, { name: title, deliveryType });
      expect(pool.status).toBe(201);
      const itemId = await add(pool.body.id);
      const template = await call('POST', '/templates', sellerAuth, {
        title,
        price: 100,
        currency: 'XTR',
        maxPerOrder: 1,
        defaultPoolId: pool.body.id,
        instructions: 'Scan the card at the till.',
      });
      expect(template.status).toBe(201);
      const req = await call('POST', '/requests', buyerAuth, { templateId: template.body.id, quantity: 1 });
      expect(req.status).toBe(201);
      await pay(req.body.id, 100, `evt_${deliveryType}`);
      return { requestId: req.body.id as string, itemId };
    }
    ({ requestId: imageRequest, itemId: imageItem } = await listing('image', 'Gift card photo', async (poolId) => {
      const added = await addFileItem(running.deps, {
        poolId,
        sellerId: seller.id,
        bytes: PNG,
        name: 'card-back.png',
        image: true,
      });
      return added.itemId;
    }));
    ({ requestId: pdfRequest, itemId: pdfItem } = await listing('file', 'Voucher 50 EUR', async (poolId) => {
      const added = await addFileItem(running.deps, {
        poolId,
        sellerId: seller.id,
        bytes: PDF,
        name: 'voucher-50.pdf',
        fields: { pin: PIN },
      });
      return added.itemId;
    }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('shows a revealed image inline, loaded from its single-use link, and stamps it seen', async () => {
    const o = await open(imageRequest, { theme: DARK_THEME });
    const { page } = o;
    await page.getByTestId('masked-preview').waitFor();
    // The seller's masked preview: name, type and size, never the picture.
    expect(await page.getByTestId('masked-preview').textContent()).toBe(
      `card-back.png · PNG · ${formatBytes(PNG.length)}`,
    );
    expect(await page.locator('img.revealed-image').count()).toBe(0);
    expect(await revealedAt(imageItem)).toBeNull();
    await shot(o, 'file-image-before-reveal.png');

    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    const img = page.locator('img.revealed-image');
    await img.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('img.revealed-image');
      return el?.complete && el.naturalWidth > 0;
    });
    expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([240, 150]);
    await page.getByText('PNG · ').waitFor();
    // The image was fetched, so it counts as seen (a refund now burns it).
    await expect.poll(() => revealedAt(imageItem)).toBeInstanceOf(Date);
    await shot(o, 'file-image-after-reveal.png');
    expect(o.crashes).toEqual([]);
  });

  it("saves a revealed PDF through Telegram's downloadFile, with a link whose bytes are the file's", async () => {
    const o = await open(pdfRequest);
    const { page } = o;
    await page.getByRole('button', { name: 'Reveal', exact: true }).waitFor();
    await shot(o, 'file-pdf-before-reveal.png');
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    await page.getByTestId('file-name').waitFor();
    expect(await page.getByTestId('file-name').textContent()).toBe('voucher-50.pdf');
    await page.getByText('PDF · 600.0 KB').waitFor();
    // The PIN beside the file: revealed, behind its eye toggle like any sensitive field.
    await page.getByRole('button', { name: 'Show PIN' }).click();
    await page.getByText(PIN, { exact: true }).waitFor();
    await shot(o, 'file-pdf-after-reveal.png');

    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const asked = await page.waitForFunction(() => {
      const e = (window.__telegramEvents ?? []).find(([type]) => type === 'web_app_request_file_download');
      return e ? (e[1] as { url: string; file_name: string }) : null;
    });
    const request = (await asked.jsonValue()) as { url: string; file_name: string };
    expect(request.file_name).toBe('voucher-50.pdf');
    expect(request.url).toMatch(new RegExp(`^${running.url}/api/files/`));
    // What the Telegram client does with it: fetch the URL, without the app's credentials.
    const res = await fetch(request.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    await o.telegramSends('file_download_requested', { status: 'downloading' });
    // The link was single-use: the client cannot be handed it twice.
    expect((await fetch(request.url)).status).toBe(410);
    expect(o.crashes).toEqual([]);
  });

  it('falls back to a browser download outside Telegram, with a fresh link each time', async () => {
    const o = await open(pdfRequest, { telegramClient: false });
    const { page } = o;
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    for (let i = 0; i < 2; i++) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('voucher-50.pdf');
      const saved = await download.path();
      expect((await fs.readFile(saved)).equals(PDF)).toBe(true);
    }
    await shot(o, 'file-pdf-browser-download.png');
    expect(await revealedAt(pdfItem)).toBeInstanceOf(Date);
    expect(o.crashes).toEqual([]);
  });
});
