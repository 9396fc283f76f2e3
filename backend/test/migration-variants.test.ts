import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase, withDatabase } from '../src/db/embedded.ts';
import { MIGRATIONS_DIR, runMigrations } from '../src/db/migrate.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { startTestApp, TEST_BOT_TOKEN, type TestApp } from './harness.ts';

// A shop written by the API of 21a44cd, before variants (fixtures/pre-variants/README.md),
// loaded into a database at migration 0011 and migrated: every listing becomes one variant,
// and what the API answers about listings, requests, analytics and the ledger stays the same.
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/pre-variants');
const BEFORE_VARIANTS = '0011_supplier_sources';
const WRITTEN_ON = Date.UTC(2026, 11, 2);
const DAY_MS = 86_400_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const readJson = async (name: string) => JSON.parse(await fs.readFile(path.join(FIXTURE, name), 'utf8'));

/** The fixture's dates moved forward by whole days, so its sales fall in today's analytics window as they did then. */
function shiftDates(value: Json, days: number): Json {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) {
      return new Date(Date.parse(value) + days * DAY_MS).toISOString();
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  }
  return value;
}

describe('the variants migration on a shop with orders', () => {
  let app: TestApp;
  let client: pg.Client;
  let before: Record<string, any>;
  let auth: { sellerToken: string; buyerTelegramIds: Record<string, number> };
  const days = Math.floor((Date.now() - WRITTEN_ON) / DAY_MS);

  beforeAll(async () => {
    const admin = inject('pgAdminUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    await ensureDatabase(admin, name);
    const url = withDatabase(admin, name);

    // Migrations 0000–0011 only: the schema the fixture was written under.
    const older = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-migrations-'));
    const journal = JSON.parse(await fs.readFile(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
    const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === BEFORE_VARIANTS);
    expect(upTo).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, upTo + 1);
    await fs.mkdir(path.join(older, 'meta'));
    await fs.writeFile(path.join(older, 'meta/_journal.json'), JSON.stringify(journal));
    for (const e of journal.entries as { tag: string }[]) {
      await fs.copyFile(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(older, `${e.tag}.sql`));
    }
    client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrate(drizzle({ client }), { migrationsFolder: older });
    await fs.rm(older, { recursive: true, force: true });

    // Every row, as the old API left them, with foreign keys checked only once all are in.
    const tables: Record<string, unknown[]> = await readJson('tables.json');
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    for (const [table, rows] of Object.entries(tables)) {
      if (rows.length === 0) continue;
      const t = client.escapeIdentifier(table);
      await client.query(`INSERT INTO ${t} SELECT * FROM json_populate_recordset(null::${t}, $1)`, [
        JSON.stringify(rows),
      ]);
      const { rows: stamps } = await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns
          where table_schema = 'public' and table_name = $1 and data_type = 'timestamp with time zone'`,
        [table],
      );
      for (const { column_name } of stamps) {
        const c = client.escapeIdentifier(column_name);
        await client.query(`UPDATE ${t} SET ${c} = ${c} + make_interval(days => $1)`, [days]);
      }
    }
    await client.query('COMMIT');

    await runMigrations(url);
    app = await startTestApp({ url });
    before = shiftDates(await readJson('api.json'), days) as Record<string, any>;
    auth = await readJson('auth.json');
  });
  afterAll(async () => {
    await app?.close();
    await client?.end();
  });

  const buyerAuth = (name: string) =>
    `tma ${signInitData(TEST_BOT_TOKEN, { id: auth.buyerTelegramIds[name] as number, first_name: name })}`;

  it('turns every listing into one "Standard" variant with its price, pool and per-order maximum', async () => {
    const res = await app.api('GET', '/templates', { auth: auth.sellerToken });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(before.templates.length);
    for (const [i, old] of (before.templates as Record<string, any>[]).entries()) {
      const now = res.body[i];
      const { maxQuantity: perOrder, ...same } = old;
      expect(now).toMatchObject({ ...same, maxQuantity: null, remaining: null });
      expect(now.variants).toHaveLength(1);
      expect(now.variants[0]).toMatchObject({
        // The variant keeps the listing's id: links, buttons and watches made before still find it.
        id: old.id,
        templateId: old.id,
        title: 'Standard',
        price: old.price,
        poolId: old.defaultPoolId,
        maxPerOrder: perOrder,
        minPerOrder: 1,
        maxQuantity: null,
        buyerLimit: null,
        active: true,
        available: old.available,
      });
    }
  });

  it('counts what each listing sold: the units of its funded requests not refunded', async () => {
    const res = await app.api('GET', '/templates', { auth: auth.sellerToken });
    const held = ['funded', 'awaiting_stock', 'preparing', 'delivered', 'disputed', 'completed'];
    for (const t of res.body as Record<string, any>[]) {
      const units = (before.sellerRequests.items as Record<string, any>[])
        .filter((r) => r.templateId === t.id && held.includes(r.status))
        .reduce((n, r) => n + r.quantity, 0);
      expect(t.soldCount, t.title).toBe(units);
      expect(t.variants[0].soldCount, t.title).toBe(units);
    }
    expect((res.body as { soldCount: number }[]).some((t) => t.soldCount > 0)).toBe(true);
  });

  it('shows each listing to a buyer as before, with its one variant', async () => {
    for (const old of before.publicTemplates as Record<string, any>[]) {
      const res = await app.api('GET', `/templates/${old.id}`, { auth: buyerAuth('Bob') });
      expect(res.status).toBe(200);
      const { maxQuantity: perOrder, ...same } = old;
      expect(res.body).toMatchObject({ ...same, maxQuantity: null, remaining: null });
      expect(res.body.variants).toEqual([
        expect.objectContaining({ id: old.id, price: old.price, maxPerOrder: perOrder, inStock: old.inStock }),
      ]);
    }
  });

  it("answers the seller's and every buyer's requests as before, each now naming its variant", async () => {
    const withVariant = (r: Record<string, any>) => ({ ...r, variantId: r.templateId, variantTitle: 'Standard' });
    const seller = await app.api('GET', '/requests?role=seller&limit=100', { auth: auth.sellerToken });
    expect(seller.body).toEqual({ ...before.sellerRequests, items: before.sellerRequests.items.map(withVariant) });
    for (const [name, old] of Object.entries(before.buyerRequests as Record<string, any>)) {
      const mine = await app.api('GET', '/requests?role=buyer&limit=100', { auth: buyerAuth(name) });
      expect(mine.body, name).toEqual({ ...old, items: old.items.map(withVariant) });
    }
  });

  it('keeps analytics and the ledger unchanged', async () => {
    const analytics = await app.api('GET', '/analytics/overview?days=30', { auth: auth.sellerToken });
    expect(analytics.status).toBe(200);
    expect(analytics.body).toMatchObject(before.analytics);
    for (const t of analytics.body.templates as Record<string, any>[]) {
      expect(t.variants).toEqual([
        expect.objectContaining({ variantId: t.templateId, revenue: t.revenue, units: t.units }),
      ]);
    }
    const ledger = await app.api('GET', '/ledger', { auth: auth.sellerToken });
    expect(ledger.body).toEqual(before.ledger);
  });

  it('sells a migrated listing as before: a new request takes the variant by the listing alone', async () => {
    const bound = (before.publicTemplates as Record<string, any>[]).find((t) => t.purchasable && t.inStock);
    const res = await app.api('POST', '/requests', { auth: buyerAuth('Frank'), body: { templateId: bound?.id } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ templateId: bound?.id, variantId: bound?.id, unitPrice: bound?.price });
  });
});
