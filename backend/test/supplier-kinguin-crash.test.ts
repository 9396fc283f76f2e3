import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { sealCredentials } from '../src/crypto/secrets.ts';
import { createDb } from '../src/db/client.ts';
import { supplierSources } from '../src/db/schema/index.ts';
import { DEFAULT_SETTINGS, withActor } from '../src/domain/context.ts';
import { refreshStockSignals } from '../src/domain/fulfillment/stock-signals.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { createLogger } from '../src/lib/logger.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { type KinguinSandbox, startKinguinSandbox } from '../src/suppliers/kinguin/sandbox.ts';
import { type BackendProcess, startBackendProcess, stopBackendProcess } from './e2e/backend-process.ts';
import { apiCall, payByWebhook } from './e2e/web-server.ts';
import { freshDatabaseUrl, makeSeller, TEST_BOT_TOKEN, TEST_OPERATOR, TEST_WEBHOOK_SECRET } from './harness.ts';

/**
 * A `kill -9` of the backend while its Kinguin order is mid-call — the sandbox took the order
 * but the answer never came back — then a restart: the restarted process frees the dead one's
 * job, recovers the order by its orderExternalId instead of buying again, and delivers.
 */
describe('kill -9 mid supplier order', () => {
  let url: string;
  let tmp: string;
  const keys = generateKeySpec();
  let db: ReturnType<typeof createDb>;
  let sandbox: KinguinSandbox;
  let env: Record<string, string>;
  let restarted: BackendProcess | null = null;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-supplier-crash-'));
    sandbox = await startKinguinSandbox({ balance: 1_000_000 });
    env = {
      DATABASE_URL: url,
      DATA_DIR: tmp,
      CODEPOOL_KEYS: keys,
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'off',
      PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      JOB_TICK_S: '59',
      DURABLE_JOB_POLL_MS: '200',
      SUPPLIER_TIMEOUT_MS: '60000',
    };
    db = createDb(url, { max: 5 });
  });
  afterAll(async () => {
    if (restarted) await stopBackendProcess(restarted);
    await db.pool.end();
    await sandbox?.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });
  const q = async <T>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];

  it('exactly one Kinguin order, delivered', async () => {
    const first = await startBackendProcess(env);
    const deps = {
      db: db.db,
      keys: parseKeyRing(keys),
      log: createLogger('silent'),
      events: { toUser: () => undefined },
      settings: DEFAULT_SETTINGS,
    };
    const seller = await makeSeller(db.db, { id: 9300, first_name: 'Crash Seller' });
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: seller.id }), { name: 't' });
    const call = async (base: string, method: string, p: string, auth: string, body?: unknown) =>
      (await apiCall(base, method, p, auth, body)).body;
    const auth = `Bearer ${token}`;
    const pool = await call(first.url, 'POST', '/pools', auth, { name: 'Keys', deliveryType: 'code' });
    const tpl = await call(first.url, 'POST', '/templates', auth, {
      title: 'Game key',
      price: 10,
      currency: 'XTR',
      defaultPoolId: pool.id,
      instructions: 'Redeem on Steam',
    });
    const productId = randomBytes(12).toString('hex');
    sandbox.setProduct(productId, { price: 5.79, qty: 10, processingPolls: 0, keyQueue: [] });
    const sourceId = uuidv7();
    const sealed = sealCredentials(deps.keys, sourceId, { apiKey: sandbox.apiKey });
    await db.db.insert(supplierSources).values({
      id: sourceId,
      poolId: pool.id,
      sellerId: seller.id,
      mode: 'on_demand',
      kind: 'kinguin',
      productId,
      baseUrl: sandbox.url,
      currency: 'EUR',
      maxUnitCost: 700,
      credentials: sealed.ciphertext,
      credentialsKeyVersion: sealed.keyVersion,
      quote: { unitCost: 579, currency: 'EUR', available: 10, name: 'Key', checkedAt: new Date().toISOString() },
    });
    await refreshStockSignals(withActor(deps, TEST_OPERATOR), { poolId: pool.id });

    // The place goes through at Kinguin, but its answer never comes back.
    sandbox.script({ on: 'place', match: productId, hang: 'after' });
    const initData = signInitData(TEST_BOT_TOKEN, { id: 9301, first_name: 'Buyer' });
    const req = await call(first.url, 'POST', '/requests', `tma ${initData}`, { templateId: tpl.id, quantity: 1 });
    expect(await payByWebhook(first.url, req.id, req.total, 'evt_crash')).toBe(200);
    const deadline = Date.now() + 20_000;
    while (sandbox.ordersByExternalId.size === 0) {
      if (Date.now() > deadline) throw new Error(`no order reached the sandbox:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [placing] = await q<{ status: string; external_id: string }>(
      'select status, external_id from supplier_orders where request_id = $1',
      [req.id],
    );
    expect(placing?.status).toBe('placing');
    await stopBackendProcess(first, 'SIGKILL');

    restarted = await startBackendProcess(env);
    const end = Date.now() + 45_000;
    for (;;) {
      const [r] = await q<{ status: string }>('select status from purchase_requests where id = $1', [req.id]);
      if (r?.status === 'delivered') break;
      if (Date.now() > end) {
        const diag = JSON.stringify({
          orders: await q('select status, attempts, polls, last_error, next_attempt_at from supplier_orders'),
          jobs: await q('select key, run_at, attempts, locked_by, locked_at, last_error from graphile_worker.jobs'),
          calls: sandbox.calls.slice(-10),
        });
        throw new Error(`not delivered after the restart (${r?.status}): ${diag}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const ours = [...sandbox.orders.values()].filter((o) => o.orderExternalId === placing?.external_id);
    expect(ours).toHaveLength(1);
    expect(sandbox.orders.size).toBe(1);
    const items = await q<{ n: number }>(
      `select count(*)::int as n from pool_items where purchase_request_id = $1 and status = 'delivered'`,
      [req.id],
    );
    expect(items[0]?.n).toBe(1);
    const [o] = await q<{ status: string }>('select status from supplier_orders where request_id = $1', [req.id]);
    expect(o?.status).toBe('completed');
  }, 120_000);
});
