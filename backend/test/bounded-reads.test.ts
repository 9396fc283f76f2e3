import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { checkPreCheckout } from '../src/domain/payments/check-pre-checkout.ts';
import { getPublicTemplate } from '../src/domain/templates/get-public-template.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
};
const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];

/**
 * Reads anyone can trigger must cost what they answer, not what the shop holds. Each test
 * records the statements an operation sends (a drizzle logger over the app's own pool) and
 * replays each under EXPLAIN ANALYZE to count the rows PostgreSQL read from a table.
 */
describe('reads bounded by their answer', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  const STOCK = 5000;

  beforeAll(async () => {
    app = await startTestApp();
    shop = await shopWith(app, [{ code: randomCode() }], { maxQuantity: 5 });
    // The plan is the question here, not the content: placeholder ciphertext, as an import lands it.
    await app.db.$client.query(
      `insert into pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
       select gen_random_uuid(), p.id, p.seller_id, '\\x00', 1, sha256(convert_to(p.id::text || g, 'UTF8')), '••••'
         from pools p, generate_series(2, $2) g where p.id = $1`,
      [shop.poolId, STOCK],
    );
    await app.db.$client.query('analyze pool_items');
  });
  afterAll(() => app.close());

  /** The database handle an operation gets, recording every statement it sends. */
  function recording() {
    const sent: { sql: string; params: unknown[] }[] = [];
    const db = drizzle({
      client: app.db.$client,
      schema,
      casing: 'snake_case',
      logger: { logQuery: (sql, params) => void sent.push({ sql, params }) },
    }) as unknown as Db;
    return { db, sent };
  }

  /** Rows read from `table` by the recorded statements, replayed under EXPLAIN ANALYZE. */
  async function rowsRead(sent: { sql: string; params: unknown[] }[], table: string) {
    let total = 0;
    for (const q of sent.filter((s) => s.sql.includes(table))) {
      const { rows } = await app.db.$client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (analyze, format json) ${q.sql}`,
        q.params,
      );
      for (const n of planNodes(rows[0]!['QUERY PLAN'][0].Plan)) {
        if (n['Relation Name'] !== table) continue;
        total += ((n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0)) * (n['Actual Loops'] ?? 1);
      }
    }
    return total;
  }

  it('shows a listing in stock without counting the whole pool', async () => {
    const { db, sent } = recording();
    const ctx = { ...withActor(app.deps, { type: 'buyer', userId: shop.seller.user.id }), db };
    const listing = await getPublicTemplate(ctx, { templateId: shop.templateId });
    expect(listing.inStock).toBe(true);
    expect(await rowsRead(sent, 'pool_items')).toBeLessThanOrEqual(1);

    // And through the API, what the Mini App reads: in stock, then sold out once nothing is drawable.
    const buyer = app.buyer();
    expect((await app.api('GET', `/templates/${shop.templateId}`, { auth: buyer.auth })).body.inStock).toBe(true);
    await app.db.$client.query("update pool_items set status = 'withdrawn' where pool_id = $1", [shop.poolId]);
    expect((await app.api('GET', `/templates/${shop.templateId}`, { auth: buyer.auth })).body.inStock).toBe(false);
    await app.db.$client.query("update pool_items set status = 'available' where pool_id = $1", [shop.poolId]);
  });

  it('checks pre-checkout stock for the order only', async () => {
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: shop.templateId, quantity: 3 },
    });
    expect(req.status).toBe(201);
    const { db, sent } = recording();
    const answer = await checkPreCheckout(
      { ...app.deps, db },
      { requestId: req.body.id, amount: req.body.total, currency: 'XTR', payerTelegramId: buyer.telegramId },
    );
    expect(answer).toEqual({ ok: true });
    expect(await rowsRead(sent, 'pool_items')).toBeLessThanOrEqual(3);
  });
});
