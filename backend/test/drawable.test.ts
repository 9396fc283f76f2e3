import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAW_INDEX, drawableText } from '../src/db/drawable.ts';
import { GUARDED, HELD } from '../src/domain/fulfillment/deliver-from-pool.ts';
import { drawItemsStatement } from '../src/domain/fulfillment/draw-items.ts';
import { signalsStatement } from '../src/domain/fulfillment/stock-signals.ts';
import { availableCountStatement } from '../src/domain/pools/stock-counts.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];
const readsItems = (n: PlanNode) => n['Relation Name'] === 'pool_items' && n['Node Type'] !== 'ModifyTable';

/** The indexes a plan reads pool_items through by pool (the primary key serves reads by id). */
function itemIndexes(plan: PlanNode) {
  const nodes = planNodes(plan);
  return {
    indexes: nodes.flatMap((n) =>
      n['Index Name']?.startsWith('pool_items') && n['Index Name'] !== 'pool_items_pkey' ? [n['Index Name']] : [],
    ),
    seqScans: nodes.filter((n) => readsItems(n) && n['Node Type'] === 'Seq Scan'),
    sortsOverItems: nodes.filter((n) => n['Node Type'] === 'Sort' && planNodes(n).some(readsItems)),
  };
}

describe('what makes an item drawable (db/drawable.ts)', () => {
  let app: TestApp;
  let poolId: string;
  let templateId: string;
  beforeAll(async () => {
    app = await startTestApp();
    // Statistics taken when every item in the table was sold, then a fresh pool of 20,000
    // codes they have never seen: when a sort of the pool's stock looks as cheap as the index.
    const sold = await shopWith(
      app,
      Array.from({ length: 300 }, () => ({ code: randomCode() })),
    );
    await app.db.$client.query("update pool_items set status = 'delivered' where pool_id = $1", [sold.poolId]);
    await app.db.$client.query('analyze pool_items');
    const fresh = await shopWith(app, [{ code: randomCode() }], { threshold: 10 });
    poolId = fresh.poolId;
    templateId = fresh.templateId;
    await app.db.$client.query(
      `insert into pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
       select gen_random_uuid(), p.id, p.seller_id, '\\x00', 1, sha256(convert_to(p.id::text || g, 'UTF8')), '••••'
         from pools p, generate_series(1, 20000) g where p.id = $1`,
      [poolId],
    );
  });
  afterAll(() => app.close());

  it('is the predicate and the key order of the draw index the database has', async () => {
    const client = await app.db.$client.connect();
    try {
      await client.query('begin');
      // PostgreSQL writes both definitions its own way (casts, default directions), so an
      // index built from the module's text reads the same as the real one only if they agree.
      await client.query(
        `create index drawable_probe on pool_items using btree (${DRAW_INDEX.leadingKey}, ${drawableText.order()})
          where ${drawableText.inStock()}`,
      );
      const { rows } = await client.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where indexname in ($1, 'drawable_probe')`,
        [DRAW_INDEX.name],
      );
      const real = rows.find((r) => r.indexname === DRAW_INDEX.name)?.indexdef;
      const probe = rows.find((r) => r.indexname === 'drawable_probe')?.indexdef;
      expect(real).toMatch(/WHERE/);
      expect(probe?.replace('drawable_probe', DRAW_INDEX.name)).toBe(real);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('splits what is in stock into drawable and expired, for every status and expiry', async () => {
    const { rows } = await app.db.$client.query<{
      status: string;
      live: boolean;
      in_stock: boolean;
      drawable: boolean;
      expired: boolean;
    }>(`
      select i.status::text as status, (i.expires_at is null or i.expires_at > now()) as live,
             coalesce(${drawableText.inStock('i')}, false) as in_stock,
             coalesce(${drawableText.drawable('i')}, false) as drawable,
             coalesce(${drawableText.expiredInStock('i')}, false) as expired
        from unnest(enum_range(null::item_status)) s(status)
        cross join (values (null::timestamptz), (now() - interval '1 hour'), (now() + interval '1 hour')) e(expires_at)
        cross join lateral (select s.status, e.expires_at) i`);
    expect(rows).toHaveLength(18);
    for (const r of rows) {
      expect(r.in_stock).toBe(r.status === 'available');
      expect(r.drawable).toBe(r.in_stock && r.live);
      expect(r.expired).toBe(r.in_stock && !r.live);
    }
  });

  async function explain(statement: SQL): Promise<PlanNode> {
    const { rows } = await app.db.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      sql`explain (format json) ${statement}`,
    );
    return rows[0]!['QUERY PLAN'][0].Plan;
  }

  it('draws dispute replacements along the draw index', async () => {
    const plan = itemIndexes(await explain(drawItemsStatement({ poolId, requestId: uuidv7(), quantity: 2 })));
    expect(plan.indexes).toEqual([DRAW_INDEX.name]);
    expect(plan.seqScans).toEqual([]);
    expect(plan.sortsOverItems).toEqual([]);
  });

  it('counts a pool’s drawable stock, and its stock signals, along the draw index', async () => {
    for (const statement of [
      availableCountStatement(poolId),
      availableCountStatement(poolId, 11),
      signalsStatement(poolId),
    ]) {
      const plan = itemIndexes(await explain(statement));
      expect(plan.indexes).toEqual([DRAW_INDEX.name]);
      expect(plan.seqScans).toEqual([]);
      expect(plan.sortsOverItems).toEqual([]);
    }
  });

  it('delivers on both named statements along the draw index, on their generic plans', async () => {
    const client = await app.db.$client.connect();
    const [req] = (
      await app.db.$client.query<{ id: string }>(
        `insert into purchase_requests (id, template_id, variant_id, buyer_id, seller_id, quantity, unit_price, total, currency, status, funded_at)
         select $1, t.id, v.id, t.seller_id, t.seller_id, 1, 1, 1, 'XTR', 'funded', now()
           from templates t join template_variants v on v.template_id = t.id where t.id = $2
         returning id`,
        [uuidv7(), templateId],
      )
    ).rows;
    try {
      await client.query("set plan_cache_mode = 'force_generic_plan'");
      const typed = (text: string) => text.replaceAll('$6::request_status', '$6::text::request_status');
      await client.query(`prepare guarded as ${typed(GUARDED.text)}`);
      await client.query(`prepare held as ${typed(HELD)}`);
      const ids = `'${req!.id}', 48, '${uuidv7()}', '${uuidv7()}', '${uuidv7()}', 'funded'`;
      for (const call of [`execute guarded(${ids})`, `execute held(${ids}, '${poolId}')`]) {
        const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${call}`);
        const plan = itemIndexes(rows[0]!['QUERY PLAN'][0].Plan);
        // The draw and the stock count after it.
        expect(plan.indexes).toEqual([DRAW_INDEX.name, DRAW_INDEX.name]);
        expect(plan.seqScans).toEqual([]);
        expect(plan.sortsOverItems).toEqual([]);
      }
    } finally {
      await client.query('deallocate all');
      await client.query('reset plan_cache_mode');
      client.release();
    }
  });
});
