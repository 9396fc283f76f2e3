import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { sealCredentials } from '../src/crypto/secrets.ts';
import { createDb, type Db } from '../src/db/client.ts';
import { supplierSources } from '../src/db/schema/index.ts';
import { DEFAULT_SETTINGS, type Deps, withActor } from '../src/domain/context.ts';
import { createPool } from '../src/domain/pools/create-pool.ts';
import { createApp } from '../src/http/app.ts';
import { JOBS, runJob } from '../src/jobs/catalogue.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { createLogger } from '../src/lib/logger.ts';
import { registry } from '../src/lib/metrics.ts';
import { type KinguinSandbox, startKinguinSandbox } from '../src/suppliers/kinguin/sandbox.ts';
import { freshDatabaseUrl, makeSeller, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

const PRODUCT = '5c9b5f6b2539a4e8f172916a';

/**
 * POST /api/suppliers/:sourceId/kinguin, through the real app over a real database, with the
 * sandbox posting the webhooks as Kinguin does. The app logs at trace level into a buffer so
 * "never in the logs" is checked against everything it wrote.
 */
describe('Kinguin webhooks', () => {
  let db: Db;
  let deps: Deps;
  let server: http.Server;
  let close: () => Promise<void>;
  let base = '';
  let sandbox: KinguinSandbox;
  const logs: string[] = [];
  let sellerId = '';

  const secretOf = () => `whsec_${randomBytes(24).toString('hex')}`;
  const apiKey = `kg_${randomBytes(16).toString('hex')}`;

  /** A source row as the sources API would write it: sealed api key, sha256 of the webhook secret. */
  async function insertSource(over: Partial<typeof supplierSources.$inferInsert> = {}) {
    const pool = await createPool(withActor(deps, { type: 'seller', userId: sellerId }), {
      name: `Pool ${randomBytes(4).toString('hex')}`,
      deliveryType: 'code',
    });
    const id = over.id ?? uuidv7();
    const secret = secretOf();
    const sealed = sealCredentials(deps.keys, id, { apiKey });
    await db.insert(supplierSources).values({
      id,
      poolId: pool.id,
      sellerId,
      mode: 'on_demand',
      kind: 'kinguin',
      productId: PRODUCT,
      baseUrl: sandbox.url,
      currency: 'EUR',
      maxUnitCost: 700,
      credentials: sealed.ciphertext,
      credentialsKeyVersion: sealed.keyVersion,
      webhookSecretHash: createHash('sha256').update(secret).digest(),
      ...over,
    });
    return { id, secret, url: `${base}/api/suppliers/${id}/kinguin` };
  }
  const rowOf = async (id: string) => (await db.select().from(supplierSources).where(eq(supplierSources.id, id)))[0];
  const post = (url: string, headers: Record<string, string>, body: string) =>
    fetch(url, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
  const refusedCount = async () => {
    const m = await registry.getSingleMetricAsString('codepool_supplier_webhook_refused_total');
    return Number(/kind="kinguin"} (\d+)/.exec(m)?.[1] ?? 0);
  };

  beforeAll(async () => {
    const url = await freshDatabaseUrl();
    const made = createDb(url, { max: 5 });
    db = made.db;
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logs.push(String(chunk));
        cb();
      },
    });
    deps = {
      db,
      keys: parseKeyRing(generateKeySpec()),
      log: createLogger('trace', sink),
      events: { toUser: () => {} },
      settings: DEFAULT_SETTINGS,
    };
    const app = createApp(deps, {
      botToken: TEST_BOT_TOKEN,
      initDataMaxAgeS: 86_400,
      jsonBodyLimit: '2mb',
      paymentWebhookSecret: TEST_WEBHOOK_SECRET,
      publicUrl: () => base,
      serveWeb: false,
    });
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sandbox = await startKinguinSandbox({ apiKey, products: [{ productId: PRODUCT, price: 4.45, qty: 845 }] });
    sellerId = (await makeSeller(db, { id: 4242, first_name: 'Kinguin seller' })).id;
    close = async () => {
      await sandbox.close();
      await new Promise<void>((r) => server.close(() => r()));
      await made.pool.end();
    };
  });
  afterAll(() => close());

  it('a wrong or missing secret → 401, counted, nothing stored, nothing audited', async () => {
    const s = await insertSource();
    const before = await refusedCount();
    const audits = await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    const wrong = await sandbox.emitWebhook({ url: s.url, secret: 'not-the-secret' }, 'product.update', PRODUCT);
    expect(wrong.status).toBe(401);
    const missing = await post(s.url, { 'content-type': 'application/json', 'x-event-name': 'product.update' }, '{}');
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.text).error.code).toBe('unauthorized');
    expect(await refusedCount()).toBe(before + 2);
    expect((await rowOf(s.id))?.quote).toBeNull();
    const after = await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(after.rows[0]?.n).toBe(audits.rows[0]?.n);
  });

  it('an unknown, removed or non-kinguin source → 404', async () => {
    const unknown = await sandbox.emitWebhook(
      { url: `${base}/api/suppliers/${uuidv7()}/kinguin`, secret: 'x' },
      'product.update',
      PRODUCT,
    );
    expect(unknown.status).toBe(404);
    expect((await post(`${base}/api/suppliers/not-a-uuid/kinguin`, {}, '{}')).status).toBe(404);

    const removed = await insertSource({ removedAt: new Date() });
    expect((await sandbox.emitWebhook(removed, 'product.update', PRODUCT)).status).toBe(404);
    const other = await insertSource({ kind: 'seller_server' });
    expect((await sandbox.emitWebhook(other, 'product.update', PRODUCT)).status).toBe(404);
  });

  it('bad shapes, an unknown event and a huge body → 400, nothing stored', async () => {
    const s = await insertSource();
    const h = { 'content-type': 'application/json', 'x-event-secret': s.secret };
    const cases: Array<[string, string]> = [
      ['product.update', '{"productId":"x"}'],
      [
        'product.update',
        JSON.stringify({ productId: PRODUCT, qty: 'many', price: 4, updatedAt: '2020-10-16T11:24:08.015+00:00' }),
      ],
      ['product.update', JSON.stringify({ productId: PRODUCT, qty: 1, price: 4, updatedAt: 'yesterday' })],
      ['product.update', '[1,2,3]'],
      ['order.complete', JSON.stringify({ orderExternalId: 'a', updatedAt: '2020-10-16T11:24:08.015+00:00' })],
      ['order.status', JSON.stringify({ orderId: 'x'.repeat(5000), updatedAt: '2020-10-16T11:24:08.015+00:00' })],
      ['order.deleted', '{}'],
    ];
    for (const [name, body] of cases) {
      const res = await post(s.url, { ...h, 'x-event-name': name }, body);
      expect(res.status, `${name} ${body.slice(0, 60)}`).toBe(400);
      expect(JSON.parse(res.text).error.code).toBe('validation_failed');
    }
    // Not JSON at all, under Kinguin's documented (misspelt) content type.
    const notJson = await post(
      s.url,
      { ...h, 'content-type': 'aplication/json', 'x-event-name': 'product.update' },
      '{nope',
    );
    expect(notJson.status).toBe(400);
    const huge = await post(
      s.url,
      { ...h, 'x-event-name': 'product.update' },
      JSON.stringify({
        productId: PRODUCT,
        pad: 'p'.repeat(200_000),
        qty: 1,
        price: 1,
        updatedAt: '2020-10-16T11:24:08.015+00:00',
      }),
    );
    expect(huge.status).toBe(400);
    expect((await rowOf(s.id))?.quote).toBeNull();
  });

  it('product.update stores the quote; an older one after a newer one changes nothing', async () => {
    const s = await insertSource();
    sandbox.setProduct(PRODUCT, { price: 4.45, qty: 845, updatedAt: '2020-10-16T11:24:08.015+00:00' });
    const first = await sandbox.emitWebhook(s, 'product.update', PRODUCT);
    expect(first.status).toBe(204);
    expect(first.body).toBe('');
    let row = await rowOf(s.id);
    expect(row?.quote).toMatchObject({ unitCost: 445, available: 845, currency: 'EUR' });
    expect(row?.quoteUpdatedAt?.toISOString()).toBe('2020-10-16T11:24:08.015Z');

    // Out of order: an event from before the stored one arrives later.
    const older = await sandbox.emitWebhook(s, 'product.update', PRODUCT, {
      price: 9.99,
      qty: 1,
      updatedAt: '2020-10-16T11:20:00.000+00:00',
    });
    expect(older.status).toBe(204);
    row = await rowOf(s.id);
    expect(row?.quote).toMatchObject({ unitCost: 445, available: 845 });

    // A duplicate of the stored one is harmless, and a newer one wins.
    expect((await sandbox.emitWebhook(s, 'product.update', PRODUCT)).status).toBe(204);
    const newer = await sandbox.emitWebhook(s, 'product.update', PRODUCT, {
      price: 5.1,
      qty: 0,
      updatedAt: '2020-10-16T12:00:00.000+00:00',
    });
    expect(newer.status).toBe(204);
    row = await rowOf(s.id);
    expect(row?.quote).toMatchObject({ unitCost: null, available: 0 });
  });

  it("another product's update (Kinguin sends the whole store's) is accepted and ignored", async () => {
    const s = await insertSource();
    const res = await sandbox.emitWebhook(s, 'product.update', PRODUCT, {
      productId: 'ffffffffffffffffffffffff',
      kinguinId: 1,
    });
    expect(res.status).toBe(204);
    expect((await rowOf(s.id))?.quote).toBeNull();
  });

  it('secrets never reach the logs, the audit trail or any row as text', async () => {
    const s = await insertSource();
    await sandbox.emitWebhook(s, 'product.update', PRODUCT);
    await sandbox.emitWebhook({ url: s.url, secret: `${s.secret}x` }, 'product.update', PRODUCT);
    const text = logs.join('');
    expect(text.length).toBeGreaterThan(0);
    const client = await db.execute<{ r: string }>(sql`select x::text as r from audit_log x`);
    const audit = client.rows.map((r) => r.r).join('\n');
    const sources = (await db.execute<{ r: string }>(sql`select x::text as r from supplier_sources x`)).rows
      .map((r) => r.r)
      .join('\n');
    for (const secret of [s.secret, apiKey]) {
      expect(text).not.toContain(secret);
      expect(audit).not.toContain(secret);
      expect(sources).not.toContain(secret);
    }
  });

  it('the supplier-quotes job refreshes every live, active source; one failing does not stop the others', async () => {
    sandbox.setProduct(PRODUCT, { price: 3.21, qty: 77 });
    const good = await insertSource();
    const otherGood = await insertSource();
    const wrongKeyId = uuidv7();
    const badKey = `kg_wrong_${randomBytes(8).toString('hex')}`;
    const bad = await insertSource({
      id: wrongKeyId,
      credentials: sealCredentials(deps.keys, wrongKeyId, { apiKey: badKey }).ciphertext,
      credentialsKeyVersion: deps.keys.current,
    });
    const down = await insertSource({ baseUrl: 'http://127.0.0.1:1/esa/api' });
    const paused = await insertSource({ status: 'paused' });
    const removed = await insertSource({ removedAt: new Date() });
    const job = JOBS.find((j) => j.name === 'supplier-quotes');
    expect(job?.schedule).toBe('*/10 * * * *');
    const logged = logs.length;
    const result = (await runJob(deps, job!)) as { sources: number; refreshed: number; failed: number };
    expect(result.failed).toBeGreaterThanOrEqual(2);
    for (const s of [good, otherGood]) {
      expect((await rowOf(s.id))?.quote).toMatchObject({
        unitCost: 321,
        available: 77,
        name: 'Counter-Strike: Source Steam CD Key',
      });
    }
    for (const s of [bad, down, paused, removed]) expect((await rowOf(s.id))?.quote).toBeNull();
    const written = logs.slice(logged).join('');
    expect(written).toContain(bad.id);
    expect(written).toContain(down.id);
    expect(written).not.toContain(badKey);
    expect(written).not.toContain(apiKey);
  });
});
