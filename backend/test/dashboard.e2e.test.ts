import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../src/db/schema/index.ts';
import { createLoginToken } from '../src/domain/auth/login-links.ts';
import { withActor } from '../src/domain/context.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import type { Running } from '../src/server.ts';
import { checkAndShoot } from './e2e/axe.ts';
import { launchChromium } from './e2e/browser.ts';
import { startWebServer } from './e2e/web-server.ts';
import { makeSeller, postLoginToken, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/dashboard');

const POOL = 'Steam Gift Card 20 EUR';
const BOB_POOL = 'Bob private stock';

const code = (i: number) => `STM-${String(i).padStart(4, '0')}-${randomBytes(4).toString('hex').toUpperCase()}`;
const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/**
 * 1,000 lines: 987 distinct good codes, 10 copies of earlier lines, and 3 lines the import
 * must refuse (an expiry already past, an expiry that is not a date, a cost that is not a
 * whole number).
 */
function supplierCsv() {
  const good = Array.from({ length: 987 }, (_, i) => code(i));
  const line = (c: string, i: number) => `${c},${i < 40 ? isoDay(3) : ''},1500,Acme Wholesale`;
  const lines = good.map(line);
  for (let i = 0; i < 10; i++) lines.splice(100 + i * 80, 0, line(good[i * 7] as string, 99));
  lines.splice(300, 0, `${code(5001)},2020-01-01,1500,Acme Wholesale`);
  lines.splice(600, 0, `${code(5002)},soon,1500,Acme Wholesale`);
  lines.splice(900, 0, `${code(5003)},,12.5,Acme Wholesale`);
  return { text: `code,expires_at,cost,supplier\n${lines.join('\n')}\n`, good };
}

describe('the seller dashboard in headless Chromium, against the real server', () => {
  let running: Running;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let alice: UserRow;
  let bob: UserRow;
  let aliceAuth: string;
  let bobPoolId: string;
  const contexts: BrowserContext[] = [];
  const crashes: string[] = [];

  async function call(method: string, p: string, auth: string, body?: unknown) {
    const res = await fetch(`${running.url}/api${p}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => crashes.push(e.message));
    return page;
  }

  /** A buyer in the Mini App orders, and the processor's signed webhook pays. */
  async function buyAndPay(templateId: string, quantity: number, buyerId: number) {
    const auth = `tma ${signInitData(TEST_BOT_TOKEN, { id: buyerId, first_name: `Buyer ${buyerId}` })}`;
    const req = await call('POST', '/requests', auth, { templateId, quantity });
    expect(req.status).toBe(201);
    const raw = JSON.stringify({
      id: `evt_${randomBytes(6).toString('hex')}`,
      type: 'payment.succeeded',
      request_id: req.body.id,
      amount: req.body.total,
      currency: 'XTR',
    });
    const paid = await fetch(`${running.url}/api/payments/webhook/test`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
      },
      body: raw,
    });
    expect(paid.status).toBe(200);
    return { id: req.body.id as string, auth };
  }

  const loginUrl = async (user: UserRow) =>
    `${running.url}/api/auth/login?token=${await createLoginToken(running.deps, { userId: user.id })}`;
  /** Opens a fresh sign-in link as its seller would, and confirms on its page. */
  async function signIn(page: Page, user: UserRow) {
    await page.goto(await loginUrl(user));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  /** axe-core on the page, then a full-page screenshot from the top, without the toasts of earlier steps. */
  async function shot(page: Page, name: string) {
    await page.evaluate(() => {
      for (const b of document.querySelectorAll<HTMLButtonElement>('.toast button')) b.click();
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await checkAndShoot(page, path.join(SHOTS, name));
  }
  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  const statValue = (page: Page, id: string) => page.getByTestId(id).locator('.stat-value');
  const text = async (l: Locator) => (await l.textContent())?.trim();
  const dbExec = (q: ReturnType<typeof sql>) => running.deps.db.execute(q);

  beforeAll(async () => {
    server = await startWebServer('web-dashboard', { jobs: false });
    running = server.running;
    alice = await makeSeller(running.deps.db, { id: 7001, first_name: 'Alice', username: 'alice_keys' });
    bob = await makeSeller(running.deps.db, { id: 7002, first_name: 'Bob' });
    aliceAuth = `Bearer ${(await createApiToken(withActor(running.deps, { type: 'seller', userId: alice.id }), { name: 'e2e' })).token}`;
    const bobAuth = `Bearer ${(await createApiToken(withActor(running.deps, { type: 'seller', userId: bob.id }), { name: 'e2e' })).token}`;
    const bobPool = await call('POST', '/pools', bobAuth, { name: BOB_POOL, deliveryType: 'key' });
    bobPoolId = bobPool.body.id;
    await call('POST', `/pools/${bobPoolId}/items`, bobAuth, { items: [{ fields: { key: 'BOB-ONLY-KEY-0001' } }] });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('explains how to sign in when there is no session', async () => {
    const page = await newPage();
    await page.goto(`${running.url}/pools`);
    await page.getByRole('heading', { name: 'Sign in to your seller dashboard' }).waitFor();
    await page.getByText('/dashboard', { exact: true }).waitFor();
    await shot(page, 'sign-in.png');
  });

  it('refuses a used, an expired and a forged sign-in link with a page that says so', async () => {
    const page = await newPage();
    const used = await loginUrl(alice);
    // Opening a link only asks; its button's same-origin post is what uses it.
    const first = await page.goto(used);
    expect(first?.status()).toBe(200);
    await page.getByText('This link signs you in as Alice (@alice_keys)').waitFor();
    await shot(page, 'link-confirm.png');
    expect((await postLoginToken(running.url, new URL(used).searchParams.get('token') ?? '')).res.status).toBe(303);
    const second = await page.goto(used);
    expect(second?.status()).toBe(401);
    await page.getByRole('heading', { name: 'This sign-in link does not work' }).waitFor();
    expect(await page.locator('body').textContent()).toContain('expired or was already used');
    await shot(page, 'link-used.png');

    const expired = await loginUrl(alice);
    await dbExec(sql`UPDATE login_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
    const late = await page.goto(expired);
    expect(late?.status()).toBe(401);
    expect(await page.locator('body').textContent()).toContain('expired or was already used');

    const forged = await page.goto(`${running.url}/api/auth/login?token=${'x'.repeat(43)}`);
    expect(forged?.status()).toBe(401);
    await page.getByRole('heading', { name: 'This sign-in link does not work' }).waitFor();
    // None of them left a session behind.
    expect((await page.context().cookies()).some((c) => c.name === 'cp_session')).toBe(false);
  });

  it('signs in with the link, creates a pool, imports a CSV, shows the report, the table and the chart, and undoes it', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await page.getByRole('heading', { name: 'Pools', exact: true }).waitFor();
    expect(await text(page.getByTestId('me-name'))).toBe('Alice');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'cp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Signed in as Alice, only Alice's: Bob's pool is not listed, and its page is not found.
    await page.getByText('No pools yet').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(BOB_POOL);
    // Live updates connect with the session cookie.
    await page.getByTestId('live-status').getByText('Live').waitFor();

    // Create the pool from the dialog.
    await page.getByRole('button', { name: 'New pool' }).click();
    await page.getByLabel('Name').fill(POOL);
    await page.getByLabel('Low-stock alert at').fill('100');
    await page.getByRole('button', { name: 'Create pool' }).click();
    await page.getByRole('heading', { name: POOL }).waitFor();
    const poolId = page.url().split('/pools/')[1] as string;
    expect(poolId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('No items yet').waitFor();

    // Import the supplier's CSV: preview, mapping, upload, report.
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByText('Drop a CSV file here').waitFor();
    const csv = supplierCsv();
    await page.getByTestId('csv-file-input').setInputFiles({
      name: 'acme-steam-20eur.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.text),
    });
    await page.getByTestId('mapping-preview').waitFor();
    expect(await page.getByLabel('Separator').inputValue()).toBe(',');
    expect(await page.getByLabel('Column 1 fills').inputValue()).toBe('code');
    expect(await page.getByLabel('Column 2 fills').inputValue()).toBe('expires_at');
    expect(await page.getByLabel('Column 3 fills').inputValue()).toBe('cost');
    expect(await page.getByLabel('Column 4 fills').inputValue()).toBe('supplier');
    // Secret columns are masked in the preview until asked.
    expect(await page.getByTestId('mapping-preview').textContent()).not.toContain(csv.good[0]);
    await shot(page, 'import-preview.png');
    await page.getByRole('button', { name: 'Import acme-steam-20eur.csv' }).click();

    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await text(statValue(page, 'report-rows'))).toBe('1,000');
    expect(await text(statValue(page, 'report-accepted'))).toBe('987');
    expect(await text(statValue(page, 'report-duplicates'))).toBe('10');
    expect(await text(statValue(page, 'report-invalid'))).toBe('3');
    const rejected = await text(page.getByTestId('rejected-lines'));
    expect(rejected).toContain('already expired');
    expect(rejected).toContain('expiry is not a date');
    expect(rejected).toContain('cost is not a whole number');
    expect(rejected).toContain('duplicate of an earlier line in this file');
    expect(await page.getByTestId('upload-progress').count()).toBe(0);
    await shot(page, 'import-report.png');

    // Back on the pool: the counts, the table, the chart.
    await page.getByRole('link', { name: 'Back to pool' }).click();
    await page.getByTestId('pool-stats').waitFor();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('987');
    expect(await text(statValue(page, 'stat-expiring'))).toBe('40');
    await page.getByTestId('stock-chart').waitFor();
    await page.getByTestId('items-table').waitFor();
    expect(await page.getByTestId('items-table').locator('tbody tr').count()).toBe(25);
    expect(await page.locator('body').textContent()).not.toContain(csv.good[3]);
    await page.getByText('Showing 1–25 of 987').waitFor();
    await page.getByRole('button', { name: 'Next' }).first().click();
    await page.getByText('Showing 26–50 of 987').waitFor();
    await page.getByRole('button', { name: 'Previous' }).first().click();
    await page.getByText('Showing 1–25 of 987').waitFor();
    await page.getByTestId('import-row').first().waitFor();
    await shot(page, 'pool.png');

    // Find one exact code by its fingerprint, and miss one that is not there.
    const wanted = csv.good[500] as string;
    await page.getByLabel('Find an exact code').fill(`  ${wanted} `);
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText('1 match for that exact code.').waitFor();
    expect(await page.getByTestId('items-table').locator('tbody tr').count()).toBe(1);
    expect(await text(page.getByTestId('items-table').locator('tbody tr .mono').first())).toMatch(
      new RegExp(`^•+${wanted.slice(-4)}$`),
    );
    await page.getByLabel('Find an exact code').fill('BOB-ONLY-KEY-0001');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText('No item with that exact code in your stock.').waitFor();
    await page.getByRole('button', { name: 'Clear search' }).click();

    // Withdraw two items in bulk.
    await page
      .getByRole('group', { name: 'Filter items by status' })
      .getByRole('button', { name: /^Available/ })
      .click();
    const boxes = page.getByTestId('items-table').locator('tbody input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId('bulk-actions').getByRole('button', { name: 'Withdraw' }).click();
    await page.getByRole('button', { name: 'Withdraw 2' }).click();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('985');

    // The pools list shows the counts too, beside a few more pools and their listings.
    const netflix = await call('POST', '/pools', aliceAuth, {
      name: 'Netflix Premium 1 month',
      deliveryType: 'account',
      lowStockThreshold: 10,
    });
    await call('POST', `/pools/${netflix.body.id}/items`, aliceAuth, {
      items: Array.from({ length: 6 }, (_, i) => ({
        fields: { username: `nf-user-${i}`, password: `pw-${randomBytes(6).toString('hex')}` },
      })),
    });
    await call('POST', '/pools', aliceAuth, {
      name: 'Xbox Game Pass Ultimate 3M',
      deliveryType: 'code',
      lowStockThreshold: 5,
    });
    for (const [title, price, pool] of [
      ['Steam Wallet 20 EUR', 1450, poolId],
      ['Steam Wallet 20 EUR (bulk x5)', 6900, poolId],
      ['Netflix Premium — 1 month', 390, netflix.body.id],
    ] as const) {
      await call('POST', '/templates', aliceAuth, {
        title,
        price,
        currency: 'XTR',
        defaultPoolId: pool,
        maxPerOrder: 5,
      });
    }
    await nav(page, 'Pools').click();
    const row = page.getByTestId(`pool-row-${POOL}`);
    await row.waitFor();
    expect(await text(row.getByTestId('available'))).toBe('985');
    await row.getByText('38 expiring').waitFor();
    await row.getByText('Steam Wallet 20 EUR (bulk x5)').waitFor();
    await page.getByTestId('pool-row-Netflix Premium 1 month').getByText('Low stock').waitFor();
    await page.getByTestId('pool-row-Xbox Game Pass Ultimate 3M').getByText('Out of stock').waitFor();
    await shot(page, 'pools.png');

    // Stock added elsewhere (the API) shows up live, without a reload.
    await row.getByRole('link', { name: POOL }).click();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('985');
    const pushed = await call('POST', `/pools/${poolId}/items`, aliceAuth, {
      items: [{ fields: { code: 'LIVE-PUSH-0001' } }, { fields: { code: 'LIVE-PUSH-0002' } }],
    });
    expect(pushed.status).toBe(201);
    await expect.poll(() => text(statValue(page, 'stat-available')), { timeout: 10_000 }).toBe('987');

    // Undo the CSV import: its available items leave; the API batch stays.
    const csvRow = page.getByTestId('import-row').filter({ hasText: 'acme-steam-20eur.csv' });
    await csvRow.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByText(/Import undone: 985 items withdrawn/).waitFor();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('2');
    await csvRow.getByText('Undone').waitFor();
    const apiRow = page.getByTestId('import-row').filter({ hasText: /API/ });
    await apiRow.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('0');
    expect(await text(statValue(page, 'stat-expiring'))).toBe('0');
    await nav(page, 'Pools').click();
    await expect.poll(() => text(page.getByTestId(`pool-row-${POOL}`).getByTestId('available'))).toBe('0');
    await page.getByTestId(`pool-row-${POOL}`).getByText('Out of stock').waitFor();

    // Bob's pool, asked for by its id, is not found for Alice.
    await page.goto(`${running.url}/pools/${bobPoolId}`);
    await page.getByText('This pool does not exist, or is not yours').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(BOB_POOL);
    expect(crashes).toEqual([]);
  }, 180_000);

  it('draws a month of stock history on a pool that has one', async () => {
    const pool = await call('POST', '/pools', aliceAuth, {
      name: 'Windows 11 Pro keys',
      deliveryType: 'key',
      lowStockThreshold: 60,
    });
    const poolId = pool.body.id as string;
    const items = Array.from({ length: 420 }, (_, i) => ({
      fields: { key: `W11P-${i}-${randomBytes(5).toString('hex')}` },
      cost: 900,
    }));
    expect((await call('POST', `/pools/${poolId}/items`, aliceAuth, { items })).status).toBe(201);
    // A month of history: 300 keys bought 28 days ago, 120 more 11 days ago, sold a few a day since.
    await dbExec(sql`
      WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM pool_items WHERE pool_id = ${poolId}::uuid)
      UPDATE pool_items p
         SET created_at = now() - CASE WHEN x.n <= 300 THEN interval '28 days' ELSE interval '11 days' END,
             status = CASE WHEN x.n <= 300 AND x.n % 3 <> 0 OR x.n > 300 AND x.n % 4 = 0 THEN 'delivered'::item_status ELSE status END,
             delivered_at = CASE WHEN x.n <= 300 AND x.n % 3 <> 0 THEN now() - make_interval(days => (x.n % 27)::int, hours => 2)
                                 WHEN x.n > 300 AND x.n % 4 = 0 THEN now() - make_interval(days => (x.n % 10)::int, hours => 1) END
        FROM numbered x WHERE x.id = p.id`);
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await page.getByRole('link', { name: 'Windows 11 Pro keys' }).click();
    await page.getByTestId('stock-chart').locator('path.stock-line').waitFor();
    const bars = await page.getByTestId('stock-chart').locator('rect.bar').count();
    expect(bars).toBeGreaterThan(10);
    const pool2 = await call('GET', `/pools/${poolId}`, aliceAuth);
    expect(await text(statValue(page, 'stat-available'))).toBe(String(pool2.body.stock.available));
    await page.getByTestId('stock-chart').hover({ position: { x: 700, y: 150 } });
    await shot(page, 'pool-chart.png');
    expect(crashes).toEqual([]);
  }, 120_000);

  it('shows orders live, delivers a hand-made order and answers a dispute', async () => {
    const keys = await call('GET', '/pools', aliceAuth);
    const windows = keys.body.find((p: { name: string }) => p.name === 'Windows 11 Pro keys');
    const bound = await call('POST', '/templates', aliceAuth, {
      title: 'Windows 11 Pro — retail key',
      price: 2200,
      currency: 'XTR',
      defaultPoolId: windows.id,
      maxPerOrder: 3,
      instructions: 'Settings → System → Activation → Change product key.',
    });
    const manual = await call('POST', '/templates', aliceAuth, {
      title: 'Office 2021 Pro Plus (hand-delivered)',
      price: 3100,
      currency: 'XTR',
    });
    await buyAndPay(bound.body.id, 2, 9001);
    await buyAndPay(bound.body.id, 1, 9002);

    const page = await newPage();
    await signIn(page, alice);
    await nav(page, 'Orders').click();
    const table = page.getByTestId('requests-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);

    // A new order, paid and delivered from the pool while the page is open, shows up without a reload.
    await buyAndPay(bound.body.id, 1, 9005);
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    // (A paid order of a listing without a pool sends the seller no socket event yet; the list polls for those.)
    const handMade = await buyAndPay(manual.body.id, 1, 9003);
    const disputed = await buyAndPay(bound.body.id, 1, 9004);
    const dispute = await call('POST', `/requests/${disputed.id}/dispute`, disputed.auth, {
      reason: 'already_used',
      text: 'The store says this key was already redeemed.',
    });
    expect(dispute.status).toBe(201);
    await page.reload();
    await table.getByText('Office 2021 Pro Plus (hand-delivered)').waitFor();
    await table.locator('tbody tr').nth(4).waitFor();
    await shot(page, 'orders.png');

    // Deliver the hand-made order.
    await page.getByRole('group', { name: 'Filter orders by status' }).getByRole('button', { name: 'Paid' }).click();
    await table.getByRole('button', { name: 'Deliver' }).click();
    await page.getByLabel(/Deliver by hand/).fill('OFFICE-2021-PPLUS-KEY-0001');
    await page.getByRole('button', { name: 'Deliver item' }).click();
    await page.getByText('Delivered: the buyer has been told').waitFor();
    const after = await call('GET', `/requests/${handMade.id}`, aliceAuth);
    expect(after.body.status).toBe('delivered');
    const revealed = await call('POST', `/requests/${handMade.id}/reveal`, handMade.auth);
    expect(revealed.body.items[0].fields[0].value).toBe('OFFICE-2021-PPLUS-KEY-0001');

    // Answer the dispute with a replacement.
    await page
      .getByRole('group', { name: 'Filter orders by status' })
      .getByRole('button', { name: 'Disputed' })
      .click();
    await table.getByRole('button', { name: 'Resolve' }).click();
    await page.getByTestId('request-timeline').getByText('Buyer reported a problem').waitFor();
    await page.getByText(': the code was already used').waitFor();
    await shot(page, 'order-dispute.png');
    await page.getByRole('button', { name: 'Replace items' }).click();
    await page.getByText('Replacement delivered').waitFor();
    expect((await call('GET', `/requests/${disputed.id}`, aliceAuth)).body.status).toBe('delivered');

    await nav(page, 'Analytics').click();
    await page.getByTestId('analytics-templates').getByText('Windows 11 Pro — retail key').waitFor();
    await shot(page, 'analytics.png');
    await nav(page, 'Listings').click();
    await page.getByTestId('templates-table').waitFor();
    await shot(page, 'listings.png');
    await nav(page, 'Audit log').click();
    await page.getByTestId('audit-table').waitFor();
    await shot(page, 'audit.png');
    await nav(page, 'API tokens').click();
    await page.getByLabel('Name').fill('Supplier sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor();
    const token = (await text(page.getByTestId('new-token').locator('code').first())) ?? '';
    expect(token).toMatch(/^cp_/);
    expect((await call('GET', '/pools', `Bearer ${token}`)).status).toBe(200);
    await shot(page, 'tokens.png');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    const tokenRow = page.getByTestId('tokens-table').locator('tr', { hasText: 'Supplier sync' });
    await tokenRow.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await tokenRow.getByText('Revoked').waitFor();
    expect((await call('GET', '/pools', `Bearer ${token}`)).status).toBe(401);
    expect(crashes).toEqual([]);
  }, 120_000);

  it("signs Bob in as Bob only: his link shows his pool and none of Alice's", async () => {
    const page = await newPage();
    await signIn(page, bob);
    await page.getByTestId(`pool-row-${BOB_POOL}`).waitFor();
    expect(await text(page.getByTestId('me-name'))).toBe('Bob');
    const body = await page.locator('body').textContent();
    expect(body).not.toContain(POOL);
    expect(body).not.toContain('Windows 11 Pro keys');
    expect(crashes).toEqual([]);
  });

  it('signs out, and shows the sign-in explanation when the session has ended', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.getByRole('heading', { name: 'Pools', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to your seller dashboard' }).waitFor();

    // A session that ends server-side (expired or revoked) while the page is open.
    await signIn(page, alice);
    await page.getByTestId('pools-table').waitFor();
    await dbExec(sql`UPDATE dashboard_sessions SET revoked_at = now() WHERE revoked_at IS NULL`);
    await nav(page, 'Audit log').click();
    await page.getByRole('heading', { name: 'Your session has ended' }).waitFor();
    await page.getByText('/dashboard', { exact: true }).waitFor();
    await shot(page, 'session-ended.png');
    expect(crashes).toEqual([]);
  });
});
