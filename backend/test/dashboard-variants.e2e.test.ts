import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import type { Running } from '../src/server.ts';
import { launchChromium } from './e2e/browser.ts';
import { dashboardPages } from './e2e/dashboard-pages.ts';
import { apiCall, payByWebhook, startWebServer } from './e2e/web-server.ts';
import { makeSeller, TEST_BOT_TOKEN } from './harness.ts';

const LISTING = 'Steam Wallet EU';
const SINGLE = 'Razer Gold 10 USD';
const V25 = '$25 · EU';
const V50 = '$50 · EU';

type StoredVariant = {
  id: string;
  title: string;
  price: number;
  poolId: string | null;
  maxQuantity: number | null;
  soldCount: number;
  remaining: number | null;
  minPerOrder: number;
  maxPerOrder: number;
  buyerLimit: { count: number; period: string } | null;
  active: boolean;
};
type StoredTemplate = {
  id: string;
  title: string;
  price: number;
  maxQuantity: number | null;
  soldCount: number;
  remaining: number | null;
  variants: StoredVariant[];
};

describe('the dashboard edits a listing’s variants, caps and limits, in headless Chromium against the real server', () => {
  let running: Running;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let shots: string;
  let alice: UserRow;
  let aliceAuth: string;
  const pools: Record<string, string> = {};
  const { crashes, newPage, signIn, shot, closeAll } = dashboardPages(() => ({ browser, running, shots }));
  const text = async (l: Locator) => (await l.textContent())?.trim();
  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  /** What the backend stored: the editor is judged by this, not by what the page says. */
  async function stored(title: string): Promise<StoredTemplate> {
    const list = await apiCall(running.url, 'GET', '/templates', aliceAuth);
    expect(list.status).toBe(200);
    const found = (list.body as unknown as StoredTemplate[]).find((t) => t.title === title);
    if (!found) throw new Error(`no listing titled ${title}`);
    return found;
  }
  const variantOf = (t: StoredTemplate, title: string) => {
    const v = t.variants.find((x) => x.title === title);
    if (!v) throw new Error(`${t.title} has no variant ${title}`);
    return v;
  };

  /** A buyer in the Mini App orders units of one variant, and the processor's signed webhook pays. */
  async function buyAndPay(templateId: string, variantId: string, quantity: number, buyerId: number) {
    const auth = `tma ${signInitData(TEST_BOT_TOKEN, { id: buyerId, first_name: `Buyer ${buyerId}` })}`;
    const req = await apiCall(running.url, 'POST', '/requests', auth, { templateId, variantId, quantity });
    expect(req.status).toBe(201);
    const paid = await payByWebhook(running.url, req.body.id, req.body.total, `evt_${randomBytes(6).toString('hex')}`);
    expect(paid).toBe(200);
  }

  beforeAll(async () => {
    server = await startWebServer('web-dashboard', { jobs: false });
    running = server.running;
    shots = server.shots;
    alice = await makeSeller(running.deps.db, { id: 7301, first_name: 'Alice' });
    aliceAuth = `Bearer ${(await createApiToken(withActor(running.deps, { type: 'seller', userId: alice.id }), { name: 'e2e' })).token}`;
    for (const [name, prefix] of [
      ['Steam 25 EUR codes', 'S25'],
      ['Steam 50 EUR codes', 'S50'],
    ] as const) {
      const pool = await apiCall(running.url, 'POST', '/pools', aliceAuth, { name, deliveryType: 'code' });
      expect(pool.status).toBe(201);
      pools[name] = pool.body.id;
      const items = Array.from({ length: 20 }, (_, i) => ({
        fields: { code: `${prefix}-${i}-${randomBytes(4).toString('hex')}` },
        cost: prefix === 'S25' ? 2000 : 4100,
      }));
      expect((await apiCall(running.url, 'POST', `/pools/${pool.body.id}/items`, aliceAuth, { items })).status).toBe(
        201,
      );
    }
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.close();
  });

  it('creates a listing with its variant, adds a capped variant with a buyer limit, caps the listing, and shows sold and left at both levels', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await nav(page, 'Listings').click();
    await page.getByText('No listings yet').waitFor();

    // A new listing, sent with its one variant.
    await page.getByRole('button', { name: 'New listing' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New listing' });
    await dialog.getByLabel('Title', { exact: true }).fill(LISTING);
    await dialog.getByLabel('Description').fill('Redeemable on EU Steam accounts only.');
    const first = dialog.getByTestId('variant-draft-0');
    await first.getByLabel('Variant name').fill(V25);
    await first.getByLabel('Price (Stars)').fill('2500');
    await first.getByLabel('Delivered from').selectOption(pools['Steam 25 EUR codes'] as string);
    await first.getByLabel('Max per order').fill('5');
    await shot(page, 'variants-new-listing.png');
    await dialog.getByRole('button', { name: 'Create listing' }).click();
    await dialog.waitFor({ state: 'detached' });

    let listing = await stored(LISTING);
    expect(listing).toMatchObject({ price: 2500, maxQuantity: null, soldCount: 0 });
    expect(listing.variants).toHaveLength(1);
    expect(listing.variants[0]).toMatchObject({
      title: V25,
      price: 2500,
      poolId: pools['Steam 25 EUR codes'],
      maxQuantity: null,
      minPerOrder: 1,
      maxPerOrder: 5,
      buyerLimit: null,
      active: true,
    });

    // Three units sold; the table says so, unlimited at both levels.
    await buyAndPay(listing.id, variantOf(listing, V25).id, 3, 9301);
    await page.reload();
    const row = page.getByTestId(`template-${LISTING}`);
    await expect.poll(() => text(row.getByTestId('template-sold'))).toBe('3 sold');

    // Edit: a second variant with its own cap and a per-buyer limit.
    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: `Edit ${LISTING}` });
    const variants = editor.getByTestId('variants-section');
    await variants.getByText('Variants (1)').waitFor();
    await variants.getByRole('button', { name: 'Add a variant' }).click();
    const form = variants.getByTestId('variant-form');
    await form.getByLabel('Variant name').fill(V50);
    await form.getByLabel('Price (Stars)').fill('5000');
    await form.getByLabel('Delivered from').selectOption(pools['Steam 50 EUR codes'] as string);
    await form.getByLabel('Variant sales cap').fill('100');
    await form.getByLabel('Max per order').fill('3');
    await form.getByLabel('Buyer limit').selectOption('day');
    await form.getByLabel('Units per buyer').fill('3');
    await shot(page, 'variants-add-variant.png');
    await form.getByRole('button', { name: 'Add variant' }).click();
    await variants.getByText('Variants (2)').waitFor();
    const added = variants.getByTestId('variant-row').filter({ hasText: V50 });
    expect(await text(added.getByTestId('variant-sold'))).toBe('0 / 100 sold · 100 left');
    await added.getByText('3 per buyer a day').waitFor();

    listing = await stored(LISTING);
    expect(variantOf(listing, V50)).toMatchObject({
      price: 5000,
      poolId: pools['Steam 50 EUR codes'],
      maxQuantity: 100,
      soldCount: 0,
      remaining: 100,
      minPerOrder: 1,
      maxPerOrder: 3,
      buyerLimit: { count: 3, period: 'day' },
      active: true,
    });
    expect(variantOf(listing, V25).maxQuantity).toBeNull();

    // The listing's cap, across both variants.
    await editor.getByLabel('Listing sales cap').fill('150');
    await editor.getByRole('button', { name: 'Save listing' }).click();
    await editor.waitFor({ state: 'detached' });
    listing = await stored(LISTING);
    expect(listing).toMatchObject({ maxQuantity: 150, soldCount: 3, remaining: 147 });

    // Two units of the capped variant sold: sold and left at the listing and per variant.
    await buyAndPay(listing.id, variantOf(listing, V50).id, 2, 9302);
    await page.reload();
    await expect.poll(() => text(row.getByTestId('template-sold'))).toBe('5 / 150 sold · 145 left');
    expect(await text(row.getByTestId('template-price'))).toMatch(/^from 2,500/);
    expect(await text(row.getByTestId(`variant-${V25}`).getByTestId('variant-sold'))).toBe('3 sold');
    expect(await text(row.getByTestId(`variant-${V50}`).getByTestId('variant-sold'))).toBe('2 / 100 sold · 98 left');
    await row.getByTestId(`variant-${V50}`).getByText('3 per buyer a day').waitFor();
    await shot(page, 'variants-listings.png');

    // Editing the variant: its cap raised, its limit now weekly; the editor shows what it has sold.
    await row.getByRole('button', { name: 'Edit' }).click();
    await editor.getByText('5 / 150 sold · 145 left across its variants.').waitFor();
    await editor.getByTestId('variant-row').filter({ hasText: V50 }).getByRole('button', { name: 'Edit' }).click();
    await form.getByText('2 sold so far.', { exact: false }).waitFor();
    await form.getByLabel('Variant sales cap').fill('120');
    await form.getByLabel('Buyer limit').selectOption('week');
    await form.getByRole('button', { name: 'Save variant' }).click();
    await form.waitFor({ state: 'detached' });
    const edited = editor.getByTestId('variant-row').filter({ hasText: V50 });
    await expect.poll(() => text(edited.getByTestId('variant-sold'))).toBe('2 / 120 sold · 118 left');
    await edited.getByText('3 per buyer a week').waitFor();
    await shot(page, 'variants-editor.png');
    listing = await stored(LISTING);
    expect(variantOf(listing, V50)).toMatchObject({ maxQuantity: 120, buyerLimit: { count: 3, period: 'week' } });
    expect(listing.maxQuantity).toBe(150);

    // The listing cap under what is sold: the server's 409 beside the form, and nothing stored.
    await editor.getByLabel('Listing sales cap').evaluate((el) => el.removeAttribute('min'));
    await editor.getByLabel('Listing sales cap').fill('4');
    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await editor.getByRole('button', { name: 'Save listing' }).click();
    expect((await refused).status()).toBe(409);
    await editor.getByText('5 already sold: the cap cannot be lower than that.').waitFor();
    expect(await text(editor.getByRole('alert'))).toContain('already sold 5');
    expect((await stored(LISTING)).maxQuantity).toBe(150);
    await editor.getByRole('button', { name: 'Done' }).click();

    // Per-variant sales in analytics.
    await nav(page, 'Analytics').click();
    const sales = page.getByTestId(`analytics-template-${LISTING}`);
    await sales.waitFor();
    await expect
      .poll(() => text(sales.getByTestId(`analytics-variant-${V50}`).getByTestId('analytics-sold')))
      .toBe('2 / 120 sold · 118 left');
    expect(await text(sales.getByTestId(`analytics-variant-${V25}`).getByTestId('analytics-sold'))).toBe('3 sold');
    // 2 × 5,000 Stars less 2 × 4,100 in item costs; 3 × 2,500 less 3 × 2,000.
    const cells = (title: string) => sales.getByTestId(`analytics-variant-${title}`).locator('td').allTextContents();
    expect((await cells(V50)).slice(1, 6)).toEqual(['1', '2', '10,000', '8,200', '1,800']);
    expect((await cells(V25)).slice(1, 6)).toEqual(['1', '3', '7,500', '6,000', '1,500']);
    await shot(page, 'variants-analytics.png');
    expect(crashes).toEqual([]);
  }, 240_000);

  it('refuses to remove a listing’s last variant with the server’s reason, and removes one of two', async () => {
    const single = await apiCall(running.url, 'POST', '/templates', aliceAuth, {
      title: SINGLE,
      price: 900,
      currency: 'XTR',
    });
    expect(single.status).toBe(201);
    const page = await newPage();
    await signIn(page, alice);
    await nav(page, 'Listings').click();
    await page.getByTestId(`template-${SINGLE}`).getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: `Edit ${SINGLE}` });
    const only = editor.getByTestId('variant-row');
    await only.getByRole('button', { name: 'Remove', exact: true }).click();
    const refused = page.waitForResponse((r) => r.request().method() === 'DELETE');
    await only.getByRole('button', { name: 'Remove variant' }).click();
    const answer = await refused;
    expect(answer.status()).toBe(409);
    const message = ((await answer.json()) as { error: { message: string } }).error.message;
    expect((await text(only.getByRole('alert')))?.toLowerCase()).toContain(message.toLowerCase());
    await shot(page, 'variants-last-variant.png');
    expect((await stored(SINGLE)).variants).toHaveLength(1);

    // A second variant, then the first removed: the listing keeps the other.
    await editor.getByRole('button', { name: 'Add a variant' }).click();
    const form = editor.getByTestId('variant-form');
    await form.getByLabel('Variant name').fill('Global');
    await form.getByLabel('Price (Stars)').fill('950');
    await form.getByRole('button', { name: 'Add variant' }).click();
    await editor.getByText('Variants (2)').waitFor();
    const standard = editor.getByTestId('variant-row').filter({ hasText: 'Standard' });
    await standard.getByRole('button', { name: 'Remove', exact: true }).click();
    await standard.getByRole('button', { name: 'Remove variant' }).click();
    await editor.getByText('Variants (1)').waitFor();
    const after = await stored(SINGLE);
    expect(after.variants.map((v) => v.title)).toEqual(['Global']);
    expect(after.price).toBe(950);
    expect(crashes).toEqual([]);
  }, 120_000);
});
