import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegramApi } from './e2e/fake-telegram-api.ts';
import { randomCode, shopWith, startTestApp, TEST_BOT_TOKEN, type TestApp } from './harness.ts';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `codepool reconcile` as an operator runs it, against Telegram's Bot API at its HTTP edge. */
describe('codepool reconcile', () => {
  let app: TestApp;
  let telegram: Awaited<ReturnType<typeof startFakeTelegramApi>>;
  let dataDir: string;
  beforeAll(async () => {
    app = await startTestApp();
    telegram = await startFakeTelegramApi();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-reconcile-'));
  });
  afterAll(async () => {
    await app.close();
    await telegram.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  function reconcile() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'reconcile'], {
      cwd: backend,
      env: {
        ...process.env,
        INIT_CWD: backend,
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        DATABASE_URL: app.url,
        CODEPOOL_KEYS: app.keySpec,
        BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: telegram.url,
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    return new Promise<{ code: number | null; out: string }>((resolve) =>
      child.on('exit', (code) => resolve({ code, out })),
    );
  }

  it('records and delivers a payment whose update never arrived, says so, and finds nothing the second time', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }], { price: 30 });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    expect(req.status).toBe(201);
    // Telegram took the Stars; the successful_payment update was lost on the way.
    telegram.stars.push({
      id: 'charge_cli_lost',
      amount: 30,
      date: Math.floor(Date.now() / 1000) - 120,
      source: {
        type: 'user',
        transaction_type: 'invoice_payment',
        user: { id: buyer.telegramId, is_bot: false, first_name: 'Buyer' },
        invoice_payload: req.body.id,
      },
    });

    const first = await reconcile();
    expect(first.out).toContain('recovered payments 1');
    expect(first.out).toContain('payment_not_seen transaction charge_cli_lost');
    expect(first.out).toContain('Telegram balance 30');
    // A mismatch, even one repaired, is an exit code a cron wrapper can alert on.
    expect(first.code).toBe(3);
    const got = await app.api('GET', `/requests/${req.body.id}`, { auth: buyer.auth });
    expect(got.body.status).toBe('delivered');
    expect(telegram.calls.some((c) => c.method === 'getStarTransactions')).toBe(true);

    const second = await reconcile();
    expect(second.out).toContain('mismatches 0');
    expect(second.code).toBe(0);
  });
});
