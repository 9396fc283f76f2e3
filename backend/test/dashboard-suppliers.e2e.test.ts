import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import type { Running } from '../src/server.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../src/suppliers/seller-server/sign.ts';
import { launchChromium } from './e2e/browser.ts';
import { dashboardPages } from './e2e/dashboard-pages.ts';
import { apiCall, startWebServer } from './e2e/web-server.ts';
import { makeSeller } from './harness.ts';

const POOL = 'Steam 20 EUR (supplier)';
const KINGUIN_POOL = 'Elden Ring keys (Kinguin)';
const KINGUIN_KEY = `kinguin-api-key-${randomUUID()}`;
const LISTING = 'steam-20-eur';
/** The HMAC secret the seller types: it must never come back to the page. */
const SECRET = `sellersecret-${randomUUID()}-${randomUUID()}`;

/**
 * The seller's own server, as the protocol documents it: `GET /stock?listing=…` signed over
 * `<timestamp>.` (an empty body) with the shared secret; a bad signature is a 401.
 */
async function startSellerServer() {
  const seen: { listing: string | null; signature: string }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const check = verifySignature(
      SECRET,
      {
        timestamp: req.headers[TIMESTAMP_HEADER] as string | undefined,
        signature: req.headers[SIGNATURE_HEADER] as string | undefined,
      },
      Buffer.alloc(0),
    );
    seen.push({ listing: url.searchParams.get('listing'), signature: check });
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'GET' || url.pathname !== '/stock') {
      res.writeHead(404).end(JSON.stringify({ error: 'not_found' }));
      return;
    }
    if (check !== 'ok') {
      res.writeHead(401).end(JSON.stringify({ error: 'auth' }));
      return;
    }
    res
      .writeHead(200)
      .end(JSON.stringify({ available: 37, unitCost: 1890, currency: 'EUR', name: 'Steam Gift Card 20 EUR' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('the dashboard connects a pool to the seller’s own server and shows its supplier orders, in headless Chromium', () => {
  let running: Running;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let supplier: Awaited<ReturnType<typeof startSellerServer>> | undefined;
  let browser: Browser;
  let alice: UserRow;
  let poolId: string;
  let kinguinPoolId: string;
  const { crashes, newPage, signIn, shot, closeAll } = dashboardPages(() => ({
    browser,
    running,
    shots: server?.shots ?? '.',
  }));
  const text = async (l: Locator) => (await l.textContent())?.trim();
  /** Everything the page holds: its markup and every input's current value. */
  const pageHolds = async (page: Page) =>
    `${await page.content()}\n${(await page.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).join('\n')}`;

  beforeAll(async () => {
    server = await startWebServer('web-dashboard', { jobs: false });
    running = server.running;
    supplier = await startSellerServer();
    alice = await makeSeller(running.deps.db, { id: 7201, first_name: 'Alice' });
    const auth = `Bearer ${(await createApiToken(withActor(running.deps, { type: 'seller', userId: alice.id }), { name: 'e2e' })).token}`;
    const pool = await apiCall(running.url, 'POST', '/pools', auth, { name: POOL, deliveryType: 'key' });
    expect(pool.status).toBe(201);
    poolId = pool.body.id;
    const kinguinPool = await apiCall(running.url, 'POST', '/pools', auth, { name: KINGUIN_POOL, deliveryType: 'key' });
    kinguinPoolId = kinguinPool.body.id;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await supplier?.close();
    await server?.close();
  });

  it('tests the seller server before saving, shows its price, saves with the secret set but never shown, then lists orders with Retry and Cancel by status', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await page.goto(`${running.url}/pools/${poolId}`);
    await page.getByRole('heading', { name: POOL }).waitFor();
    const card = page.getByTestId('source-card');
    await card.waitFor();
    // A pool without a source sells its stock and has no supplier orders.
    expect(await page.getByTestId('supplier-orders').count()).toBe(0);

    await card.getByLabel('Mode').selectOption('on_demand');
    await card.getByLabel('Supplier').selectOption('seller_server');
    await card.getByLabel('Listing on your server').fill(LISTING);
    await card.getByLabel("Your server's base URL").fill(supplier!.url);
    await card.getByLabel('Highest unit cost').fill('20.00 EUR');
    await card.getByLabel('Shared secret').fill(SECRET);
    await shot(page, 'supplier-source-form.png');

    // Test connection, before anything is saved: the server was called, signed, for the listing.
    await card.getByRole('button', { name: 'Test connection' }).click();
    const result = card.getByTestId('source-test-result');
    await result.waitFor();
    expect(await text(result.getByTestId('quote-price'))).toContain('€18.90');
    expect(await text(result.getByTestId('quote-price'))).toContain('within your highest cost');
    expect(await text(result.getByTestId('quote-available'))).toBe('37');
    expect(await text(result)).toContain('Steam Gift Card 20 EUR');
    expect(supplier!.seen).toContainEqual({ listing: LISTING, signature: 'ok' });
    expect(
      (await running.deps.db.execute(sql`SELECT 1 FROM supplier_sources WHERE pool_id = ${poolId}::uuid`)).rows,
    ).toHaveLength(0);
    await shot(page, 'supplier-source-tested.png');

    // Save: credentials set, the field empty again, the callback URL shown, the secret nowhere.
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByTestId('credentials-set').waitFor();
    expect(await text(card.getByTestId('credentials-set'))).toContain('Set ✓');
    expect(await card.getByLabel('Shared secret').inputValue()).toBe('');
    const [source] = (
      await running.deps.db.execute<{ id: string }>(
        sql`SELECT id FROM supplier_sources WHERE pool_id = ${poolId}::uuid AND removed_at IS NULL`,
      )
    ).rows;
    expect(source).toBeDefined();
    expect(await text(card.getByTestId('webhook-url'))).toMatch(new RegExp(`/api/suppliers/${source!.id}/callback$`));
    expect(await pageHolds(page)).not.toContain(SECRET);
    await page.getByTestId('supplier-orders').getByText('No supplier orders yet').waitFor();
    await shot(page, 'supplier-source-saved.png');

    // After a reload the form comes from the API alone: still set, still not shown.
    await page.reload();
    await card.getByTestId('credentials-set').waitFor();
    expect(await card.getByLabel('Mode').inputValue()).toBe('on_demand');
    expect(await card.getByLabel('Highest unit cost').inputValue()).toBe('20.00');
    expect(await pageHolds(page)).not.toContain(SECRET);

    // Three restock orders as the engine leaves them: one in flight, one failed, one done.
    type Seed = { attempts: number; keys: number; cost: number | null; error: string | null };
    // Ids as the engine makes them (time-ordered, which is the list's newest-first order).
    const order = (status: string, extra: Seed) => ({ id: uuidv7(), status, ...extra });
    const orders = {
      processing: order('processing', { attempts: 1, keys: 0, cost: null, error: null }),
      failed: order('failed', {
        attempts: 5,
        keys: 0,
        cost: null,
        error: 'the seller server refused the order (409 out_of_stock)',
      }),
      completed: order('completed', { attempts: 1, keys: 10, cost: 18_900, error: null }),
    };
    let minute = 0;
    for (const o of Object.values(orders)) {
      minute += 1;
      await running.deps.db.execute(sql`
        INSERT INTO supplier_orders (id, external_id, source_id, pool_id, seller_id, purpose, quantity, status,
          attempts, unit_cost, total_cost, currency, keys_received, last_error, next_attempt_at, created_at, updated_at, finished_at)
        VALUES (${o.id}::uuid, ${o.id}::uuid, ${source!.id}::uuid, ${poolId}::uuid, ${alice.id}::uuid, 'backfill', 10,
          ${o.status}::supplier_order_status, ${o.attempts}, ${o.cost === null ? null : 1890}, ${o.cost},
          'EUR', ${o.keys}, ${o.error},
          ${o.status === 'processing' ? sql`now() + interval '10 minutes'` : null},
          now() - interval '1 hour' + ${`${minute} minutes`}::interval, now(),
          ${o.status === 'processing' ? null : sql`now()`})`);
    }
    await page.reload();
    const table = page.getByTestId('supplier-orders-table');
    await table.waitFor();
    const row = (id: string) => table.getByTestId(`supplier-order-${id}`);
    expect(await table.locator('tbody tr').count()).toBe(3);
    // Newest first.
    expect(await table.locator('tbody tr').first().getAttribute('data-testid')).toBe(
      `supplier-order-${orders.completed.id}`,
    );
    const processing = row(orders.processing.id);
    expect(await text(processing.locator('.badge'))).toBe('Processing');
    expect(await processing.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await processing.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    expect(await text(processing)).toContain('next in');
    const failed = row(orders.failed.id);
    expect(await text(failed.locator('.badge'))).toBe('Failed');
    expect(await text(failed)).toContain('out_of_stock');
    expect(await failed.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await failed.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    const completed = row(orders.completed.id);
    expect(await text(completed)).toContain('€189.00');
    expect(await text(completed)).toContain('10/10');
    expect(await completed.getByRole('button').count()).toBe(0);
    await shot(page, 'supplier-orders.png');

    // The status filter.
    await page.getByTestId('supplier-orders').getByRole('button', { name: 'Failed' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await row(orders.failed.id).count()).toBe(1);
    await page.getByTestId('supplier-orders').getByRole('button', { name: 'All' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);

    // Cancel asks first; a restock in flight is then canceled.
    await processing.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This restock is not bought.').waitFor();
    await shot(page, 'supplier-order-cancel.png');
    await dialog.getByRole('button', { name: 'Cancel order' }).click();
    await expect.poll(() => text(processing.locator('.badge'))).toBe('Canceled');
    expect(await processing.getByRole('button').count()).toBe(0);

    // The pools list says where the pool's stock comes from.
    await page.goto(`${running.url}/pools`);
    await page.getByTestId(`pool-row-${POOL}`).getByText('Supplier · on demand').waitFor();
    await shot(page, 'supplier-pools-list.png');
    expect(await pageHolds(page)).not.toContain(SECRET);
    expect(crashes).toEqual([]);
  }, 180_000);

  it('creates a Kinguin source and shows its webhook URL and secret once, with copy buttons; after a reload only the URL', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await page.goto(`${running.url}/pools/${kinguinPoolId}`);
    const card = page.getByTestId('source-card');
    await card.waitFor();
    await card.getByLabel('Mode').selectOption('backfill');
    expect(await card.getByLabel('API base URL').getAttribute('placeholder')).toBe(
      'https://gateway.kinguin.net/esa/api',
    );
    await card.getByLabel('Kinguin product id').fill('5c9b5f6b2539a4e8f172916a');
    await card.getByLabel('Highest unit cost').fill('31.99');
    await card.getByLabel('Restock under').fill('3');
    await card.getByLabel('Restock size').fill('12');
    await card.getByLabel('Daily spend cap').fill('400');
    await card.getByLabel('Kinguin API key').fill(KINGUIN_KEY);
    await card.getByRole('button', { name: 'Save' }).click();

    const once = page.getByTestId('webhook-secret-once');
    await once.waitFor();
    expect(await text(once)).toContain('shown only now');
    expect(await once.getByRole('button', { name: 'Copy webhook secret' }).count()).toBe(1);
    expect(await once.getByRole('button', { name: 'Copy webhook URL' }).count()).toBe(1);
    const secret = (await text(once.getByTestId('webhook-secret'))) ?? '';
    const [row] = (
      await running.deps.db.execute<{ id: string; hash: Buffer; cost: number; cap: number; qty: number }>(sql`
        SELECT id, webhook_secret_hash AS hash, max_unit_cost AS cost, daily_spend_cap AS cap, backfill_quantity AS qty
        FROM supplier_sources WHERE pool_id = ${kinguinPoolId}::uuid AND removed_at IS NULL`)
    ).rows;
    // What is shown is what Kinguin will send: its sha256 is what was stored.
    expect(Buffer.from(row!.hash).equals(createHash('sha256').update(secret).digest())).toBe(true);
    expect([row!.cost, row!.cap, row!.qty]).toEqual([3199, 40_000, 12]);
    expect(await text(once)).toContain(`/api/suppliers/${row!.id}/kinguin`);
    expect(await pageHolds(page)).not.toContain(KINGUIN_KEY);
    await shot(page, 'supplier-kinguin-secret-once.png');

    await page.reload();
    await card.getByTestId('credentials-set').waitFor();
    expect(await page.getByTestId('webhook-secret-once').count()).toBe(0);
    expect(await text(card.getByTestId('webhook-url'))).toContain(`/api/suppliers/${row!.id}/kinguin`);
    const after = await pageHolds(page);
    expect(after).not.toContain(secret);
    expect(after).not.toContain(KINGUIN_KEY);
    expect(crashes).toEqual([]);
  }, 120_000);
});
