import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { listAudit } from '../src/domain/audit/list-audit.ts';
import { withActor } from '../src/domain/context.ts';
import { checkPreCheckout } from '../src/domain/payments/check-pre-checkout.ts';
import { getPublicTemplate } from '../src/domain/templates/get-public-template.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { randomCode, shopWith, startTestApp, TEST_OPERATOR, type TestApp } from './harness.ts';

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
    shop = await shopWith(app, [{ code: randomCode() }], { maxPerOrder: 5 });
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

  /** Rows read from `table` by the recorded statements, replayed under EXPLAIN ANALYZE, and how. */
  async function rowsRead(sent: { sql: string; params: unknown[] }[], table: string, scans: string[] = []) {
    let total = 0;
    for (const q of sent.filter((s) => s.sql.includes(table))) {
      const { rows } = await app.db.$client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (analyze, format json) ${q.sql}`,
        q.params,
      );
      for (const n of planNodes(rows[0]!['QUERY PLAN'][0].Plan)) {
        if (n['Relation Name'] !== table) continue;
        scans.push(n['Node Type']);
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
    // Counted only as far as one order can take (maxPerOrder 5), however many the pool holds.
    expect(await rowsRead(sent, 'pool_items')).toBeLessThanOrEqual(5);

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
    const answer = await checkPreCheckout(withActor({ ...app.deps, db }, TEST_OPERATOR), {
      requestId: req.body.id,
      amount: req.body.total,
      currency: 'XTR',
      payerTelegramId: buyer.telegramId,
    });
    expect(answer).toEqual({ ok: true });
    expect(await rowsRead(sent, 'pool_items')).toBeLessThanOrEqual(3);
  });

  it('lists a seller’s audit trail along indexes, not by reading the log', async () => {
    const seller = shop.seller.user.id;
    // The seller's own history first, then thousands of newer rows of everybody else's:
    // a scan from the newest row would read all of them before reaching the seller's.
    for (let i = 0; i < 30; i++) {
      await app.api('PATCH', `/pools/${shop.poolId}`, { auth: shop.seller.auth, body: { lowStockThreshold: i } });
    }
    const types = ['pool', 'template', 'purchase_request', 'api_token', 'user'];
    const noise = Array.from({ length: 4000 }, (_, i) => ({
      id: uuidv7(),
      actorType: ['seller', 'buyer', 'system'][i % 3] as string,
      actorId: i % 3 === 2 ? 'expiry-sweep' : uuidv7(),
      subjectType: types[i % types.length] as string,
      subjectId: uuidv7(),
    }));
    await app.db.$client.query(
      `insert into audit_log (id, actor_type, actor_id, action, subject_type, subject_id)
       select id, actor_type, actor_id, 'noise.' || subject_type, subject_type, subject_id
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
           as t(id, actor_type, actor_id, subject_type, subject_id)`,
      [
        noise.map((n) => n.id),
        noise.map((n) => n.actorType),
        noise.map((n) => n.actorId),
        noise.map((n) => n.subjectType),
        noise.map((n) => n.subjectId),
      ],
    );
    await app.db.$client.query('analyze audit_log');
    const { rows: mine } = await app.db.$client.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action not like 'noise.%'
          and (actor_id = $1 or subject_id = any($2::text[]))`,
      [seller, [shop.poolId, shop.templateId, seller]],
    );
    expect(mine[0]!.n).toBeGreaterThan(30);

    const ctx = (db: Db) => ({ ...withActor(app.deps, { type: 'seller', userId: seller }), db });
    for (const query of [
      { limit: 20 },
      { limit: 20, subjectType: 'pool', subjectId: shop.poolId },
      { limit: 200, subjectType: 'template' },
    ] as const) {
      const { db, sent } = recording();
      const page = await listAudit(ctx(db), query);
      expect(page.items.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(page.items.filter((r) => r.action.startsWith('noise.'))).toEqual([]);
      const scans: string[] = [];
      const read = await rowsRead(sent, 'audit_log', scans);
      expect(scans, JSON.stringify(query)).not.toContain('Seq Scan');
      // A page and its branches' candidates, never the 4,000 rows of other people.
      expect(read, JSON.stringify(query)).toBeLessThan(400);
    }

    // Paging still walks the whole trail once, newest first, with no row twice.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAudit(ctx(app.db), { limit: 7, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(seen.length).toBeGreaterThanOrEqual(mine[0]!.n);
  });
});
