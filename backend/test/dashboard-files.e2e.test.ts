import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../src/db/schema/index.ts';
import type { Running } from '../src/server.ts';
import { launchChromium } from './e2e/browser.ts';
import { dashboardPages } from './e2e/dashboard-pages.ts';
import { startWebServer } from './e2e/web-server.ts';
import { storedZip } from './e2e/zip.ts';
import { makeSeller } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'test-output/dashboard');

const POOL = 'Steam card photos';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
/** Random bytes behind an image's magic number: what the server sniffs. Never shown by the dashboard. */
const image = (magic: Buffer, bytes: number) => Buffer.concat([magic, randomBytes(bytes - magic.length)]);

/** Everything the page's two progress bars said while an upload ran, sampled in the page itself. */
const RECORD_PROGRESS = () => {
  const w = window as unknown as { progressSeen: { upload: number[]; processing: string[] } };
  w.progressSeen = { upload: [], processing: [] };
  const sample = () => {
    const bar = document.querySelector('[data-testid=upload-progress] [role=progressbar]');
    const now = bar?.getAttribute('aria-valuenow');
    if (now != null) w.progressSeen.upload.push(Number(now));
    const detail = document.querySelector('[data-testid=processing-progress] .progress-head .muted')?.textContent;
    if (detail) w.progressSeen.processing.push(detail);
  };
  new MutationObserver(sample).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

describe('the dashboard imports files into an image pool, in headless Chromium against the real server', () => {
  let running: Running;
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  let browser: Browser;
  let alice: UserRow;
  const { crashes, newPage, signIn, shot, closeAll } = dashboardPages(() => ({ browser, running, shots: SHOTS }));
  const statValue = (page: Page, id: string) => page.getByTestId(id).locator('.stat-value');
  const text = async (l: Locator) => (await l.textContent())?.trim();
  async function counts(poolId: string) {
    const r = await running.deps.db.execute<{ items: number; files: number; chunks: number; batches: number }>(sql`
      SELECT (SELECT count(*)::int FROM pool_items WHERE pool_id = ${poolId}::uuid) AS items,
             (SELECT count(*)::int FROM item_files f JOIN pool_items i ON i.id = f.item_id WHERE i.pool_id = ${poolId}::uuid) AS files,
             (SELECT count(*)::int FROM item_file_chunks) AS chunks,
             (SELECT count(*)::int FROM import_batches WHERE pool_id = ${poolId}::uuid) AS batches`);
    return r.rows[0];
  }

  beforeAll(async () => {
    server = await startWebServer('web-dashboard', { jobs: false });
    running = server.running;
    alice = await makeSeller(running.deps.db, { id: 7101, first_name: 'Alice' });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.close();
  });

  it('creates an image pool, imports two images and a ZIP with progress and reports, lists them by name, type and size, and refuses a PDF named .png', async () => {
    const page = await newPage();
    await signIn(page, alice);
    await page.waitForURL(`${running.url}/pools`);
    await page.getByTestId('live-status').getByText('Live').waitFor();

    // The new-pool dialog offers the image type.
    await page.getByRole('button', { name: 'New pool' }).click();
    await page.getByLabel('Name').fill(POOL);
    await page.getByLabel('Delivery type').selectOption('image');
    await page.getByText('Each item is an uploaded file').waitFor();
    expect(await page.getByLabel('Duplicate detection').count()).toBe(0);
    await page.getByRole('button', { name: 'Create pool' }).click();
    await page.getByRole('heading', { name: POOL }).waitFor();
    const poolId = page.url().split('/pools/')[1] as string;
    await page.getByText('Import files to fill this pool.').waitFor();
    // No code to find in a pool of files.
    expect(await page.getByLabel('Find an exact code').count()).toBe(0);

    // Two images: chosen, listed with sizes and the total, uploaded slowly enough to watch.
    await page.getByRole('link', { name: 'Import files' }).click();
    await page.getByText('Drop images or a ZIP here').waitFor();
    expect(await text(page.getByTestId('file-limits'))).toContain('each file up to 10 MB');
    expect(await page.getByTestId('csv-file-input').count()).toBe(0);
    const front = image(PNG_MAGIC, 1536 * 1024);
    const back = image(JPEG_MAGIC, 900 * 1024);
    await page.getByTestId('files-input').setInputFiles([
      { name: 'card-0001-back.png', mimeType: 'image/png', buffer: front },
      { name: 'card-0002-back.jpg', mimeType: 'image/jpeg', buffer: back },
    ]);
    const chosen = page.getByTestId('chosen-files');
    await chosen.getByText('card-0001-back.png').waitFor();
    expect(await text(chosen)).toContain('1.5 MB');
    expect(await text(chosen)).toContain('900 KB');
    expect(await text(page.getByTestId('chosen-total'))).toBe('2 files, 2.4 MB in all');
    await shot(page, 'files-chosen.png');

    // ~2.4 MB at 1 MB/s: the upload bar moves through the middle, then the processing bar.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 1024 * 1024,
    });
    await page.evaluate(RECORD_PROGRESS);
    await page.getByRole('button', { name: 'Import 2 files' }).click();
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-report').waitFor();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: { upload: number[]; processing: string[] } }).progressSeen,
    );
    expect(seen.upload.some((v) => v > 5 && v < 95)).toBe(true);
    expect(seen.upload).toContain(100);
    expect(seen.processing.length).toBeGreaterThan(0);
    expect(await text(statValue(page, 'report-rows'))).toBe('2');
    expect(await text(statValue(page, 'report-accepted'))).toBe('2');
    expect(await text(statValue(page, 'report-duplicates'))).toBe('0');
    await page.getByText('Every file was imported.').waitFor();
    await shot(page, 'files-report.png');

    // A ZIP of 40 photos with their PINs in items.csv; one photo is the PNG already in stock.
    await page.getByRole('button', { name: 'Import more files' }).click();
    const photos = Array.from({ length: 40 }, (_, i) => ({
      name: `batch-7/card-${String(i + 3).padStart(4, '0')}.png`,
      data: image(PNG_MAGIC, 200 * 1024 + i),
    }));
    const csv = `file,pin\n${photos.map((p, i) => `${p.name},${String(1000 + i)}`).join('\n')}\n`;
    const zip = storedZip([
      ...photos,
      { name: 'batch-7/again.png', data: front },
      { name: 'items.csv', data: Buffer.from(csv) },
    ]);
    await page
      .getByTestId('files-input')
      .setInputFiles({ name: 'batch-7.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByTestId('chosen-files').getByText('batch-7.zip').waitFor();
    expect(await page.getByLabel('Unpack the ZIP into one item per file').isChecked()).toBe(true);
    expect(await page.getByLabel('Unpack the ZIP into one item per file').isEnabled()).toBe(true);
    await page.evaluate(RECORD_PROGRESS);
    await page.getByRole('button', { name: 'Import batch-7.zip' }).click();
    await page.getByTestId('import-report').waitFor();
    // The server's import-progress events reached the page while it waited (files done, over the socket).
    const zipSeen = await page.evaluate(
      () => (window as unknown as { progressSeen: { upload: number[]; processing: string[] } }).progressSeen,
    );
    expect(zipSeen.processing.some((t) => /^\d+ files? done$/.test(t))).toBe(true);
    expect(await text(statValue(page, 'report-rows'))).toBe('41');
    expect(await text(statValue(page, 'report-accepted'))).toBe('40');
    expect(await text(statValue(page, 'report-duplicates'))).toBe('1');
    const rejected = await text(page.getByTestId('rejected-lines'));
    expect(rejected).toContain('again.png');
    expect(rejected).toContain('Duplicate');
    await shot(page, 'files-zip-report.png');

    // The pool: 42 items, each shown by its name, type and size only.
    await page.getByRole('link', { name: 'Back to pool' }).click();
    await expect.poll(() => text(statValue(page, 'stat-available'))).toBe('42');
    const table = page.getByTestId('items-table');
    await table.waitFor();
    const names = await table.getByTestId('item-file-name').allTextContents();
    expect(names).toContain('card-0001-back.png');
    expect(names).toContain('card-0002-back.jpg');
    expect(names.filter((n) => /^card-00\d\d\.png$/.test(n)).length).toBeGreaterThan(10);
    // Each item's cell: its name, its sniffed type and its size.
    const cell = (name: string) => table.getByTestId('item-file').filter({ hasText: name });
    expect(await text(cell('card-0001-back.png'))).toBe('card-0001-back.pngPNG1.5 MB');
    expect(await text(cell('card-0002-back.jpg'))).toBe('card-0002-back.jpgJPEG900 KB');
    expect(await text(cell('card-0003.png'))).toBe('card-0003.pngPNG200 KB');
    // The batch column says what was sent: the two images as one upload, the ZIP by its name.
    expect(await table.getByText('card-0001-back.png + 1 more').count()).toBe(2);
    expect(await table.getByText('batch-7.zip').count()).toBeGreaterThan(0);
    // No thumbnail, no bytes: the table holds no image at all.
    expect(await table.locator('img').count()).toBe(0);
    expect(await page.getByTestId('import-row').count()).toBe(2);
    await shot(page, 'files-pool.png');

    // A PDF named .png: refused with the file named, and nothing written.
    const before = await counts(poolId);
    await page.getByRole('link', { name: 'Import files' }).click();
    await page.getByTestId('files-input').setInputFiles({
      name: 'not-a-photo.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]),
    });
    await page.getByRole('button', { name: 'Import not-a-photo.png' }).click();
    const refusal = page.getByTestId('upload-error');
    await refusal.waitFor();
    expect(await text(refusal)).toContain('A file of a type this pool does not take: nothing was imported');
    expect(await text(refusal)).toContain('not-a-photo.png');
    // The choice stays, to fix and send again.
    await page.getByTestId('chosen-files').getByText('not-a-photo.png').waitFor();
    await shot(page, 'files-refused.png');
    expect(await counts(poolId)).toEqual(before);
    expect(crashes).toEqual([]);
  }, 240_000);
});
