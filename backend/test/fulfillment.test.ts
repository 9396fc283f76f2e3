import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUARDED } from '../src/domain/fulfillment/deliver-from-pool.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('fulfillOnFunded', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function openRequests(templateId: string, n: number, quantity = 1) {
    const buyers = Array.from({ length: n }, (_, i) => app.buyer(`B${i}`));
    const made = await Promise.all(
      buyers.map((b) => app.api('POST', '/requests', { auth: b.auth, body: { templateId, quantity } })),
    );
    return made.map((m, i) => {
      expect(m.status).toBe(201);
      return { id: m.body.id as string, total: m.body.total as number, buyer: buyers[i]! };
    });
  }

  async function statusesOf(ids: string[]) {
    const { rows } = await app.db.$client.query<{
      id: string;
      status: string;
      awaiting_stock_at: Date | null;
      delivered_at: Date | null;
    }>('select id, status, awaiting_stock_at, delivered_at from purchase_requests where id = any($1)', [ids]);
    return rows;
  }

  it('200 requests funded at once against 150 items: 150 distinct deliveries, 50 backorders filled in order on restock', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 150 }, () => ({ code: randomCode() })),
      { maxPerOrder: 1 },
    );
    const requests = await openRequests(shop.templateId, 200);
    const paid = await Promise.all(requests.map((r) => app.pay(r.id, r.total)));
    expect(paid.map((p) => p.status)).toEqual(Array(200).fill(200));

    const { rows: drawn } = await app.db.$client.query<{ purchase_request_id: string; n: number }>(
      `select purchase_request_id, count(*)::int as n from pool_items where pool_id = $1 and status = 'delivered' group by 1`,
      [shop.poolId],
    );
    expect(drawn).toHaveLength(150);
    expect(drawn.every((d) => d.n === 1)).toBe(true);

    const after = await statusesOf(requests.map((r) => r.id));
    const delivered = after.filter((r) => r.status === 'delivered');
    const waiting = after.filter((r) => r.status === 'awaiting_stock');
    expect(delivered).toHaveLength(150);
    expect(waiting).toHaveLength(50);

    const pool = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(pool.body.stock).toMatchObject({ available: 0, delivered: 150 });

    const restock = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: Array.from({ length: 50 }, () => ({ fields: { code: randomCode() } })) },
    });
    expect(restock.status).toBe(201);

    const filled = await statusesOf(waiting.map((w) => w.id));
    expect(filled.every((r) => r.status === 'delivered')).toBe(true);
    // First in, first out: the order they started waiting is the order they were served.
    // (Ordered by PostgreSQL itself: its timestamps have microseconds, JavaScript's do not.)
    const order = async (by: string) =>
      (
        await app.db.$client.query<{ id: string }>(
          `select id from purchase_requests where id = any($1) order by ${by}`,
          [waiting.map((w) => w.id)],
        )
      ).rows.map((r) => r.id);
    expect(await order('delivered_at')).toEqual(await order('awaiting_stock_at, id'));

    const { rows: distinct } = await app.db.$client.query<{ items: number; requests: number }>(
      `select count(*)::int as items, count(distinct purchase_request_id)::int as requests
         from pool_items where pool_id = $1 and status = 'delivered'`,
      [shop.poolId],
    );
    expect(distinct[0]).toEqual({ items: 200, requests: 200 });

    // 150 went the one-statement way and 50 through the backorder transaction: both leave
    // the same trail — one audit row naming the drawn item, one delivery and one sale message.
    const { rows: trail } = await app.db.$client.query<{
      id: string;
      from: string[];
      items_match: boolean;
      kinds: string[];
      window_set: boolean;
    }>(
      `select pr.id,
              (select array_agg(a.metadata->>'from') from audit_log a
                where a.subject_id = pr.id::text and a.action = 'request.delivered') as from,
              (select a.metadata->'itemIds' = jsonb_build_array(i.id) and a.metadata->>'poolId' = $2
                 from audit_log a join pool_items i on i.purchase_request_id = pr.id
                where a.subject_id = pr.id::text and a.action = 'request.delivered') as items_match,
              (select array_agg(n.kind::text order by n.kind) from notifications n
                where n.dedupe_key in ('delivery:' || pr.id, 'sale:' || pr.id)) as kinds,
              pr.dispute_window_ends_at > pr.delivered_at as window_set
         from purchase_requests pr where pr.id = any($1)`,
      [requests.map((r) => r.id), shop.poolId],
    );
    expect(trail).toHaveLength(200);
    const waited = new Set(waiting.map((w) => w.id));
    for (const t of trail) {
      expect(t.from).toEqual([waited.has(t.id) ? 'awaiting_stock' : 'funded']);
      expect(t.items_match).toBe(true);
      expect(t.kinds).toEqual(['delivery', 'sale']);
      expect(t.window_set).toBe(true);
    }
  });

  it('draws along the draw index even when the statistics have never seen the pool', async () => {
    // The statistics were taken when every item in the table was sold: the planner believes
    // a pool holds no available item, which is when a sort of the pool's whole stock looks
    // as cheap as walking the draw index. A fresh import of thousands of codes is such a pool.
    const sold = await shopWith(
      app,
      Array.from({ length: 300 }, () => ({ code: randomCode() })),
    );
    await app.db.$client.query("update pool_items set status = 'delivered' where pool_id = $1", [sold.poolId]);
    await app.db.$client.query('analyze pool_items');
    const fresh = await shopWith(app, [{ code: randomCode() }]);
    // The plan is the question here, not the content: placeholder ciphertext, as an import lands it.
    await app.db.$client.query(
      `insert into pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
       select gen_random_uuid(), p.id, p.seller_id, '\\x00', 1, sha256(convert_to(p.id::text || g, 'UTF8')), '••••'
         from pools p, generate_series(1, 20000) g where p.id = $1`,
      [fresh.poolId],
    );
    const [req] = await openRequests(fresh.templateId, 1);
    await app.db.$client.query("update purchase_requests set status = 'funded' where id = $1", [req!.id]);

    // A named statement runs on its generic plan after a few calls: read that one.
    const client = await app.db.$client.connect();
    try {
      await client.query("set plan_cache_mode = 'force_generic_plan'");
      await client.query(
        `prepare deliver as ${GUARDED.text.replaceAll('$6::request_status', '$6::text::request_status')}`,
      );
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (format json) execute deliver('${req!.id}', 48, '${uuidv7()}', '${uuidv7()}', '${uuidv7()}', 'funded')`,
      );
      const nodes = planNodes(rows[0]!['QUERY PLAN'][0].Plan);
      // The draw and the stock count both walk the draw index in draw order, and no sort sits
      // over a read of pool_items (the only sorts order the few ids just drawn).
      const readsItems = (n: PlanNode) => n['Relation Name'] === 'pool_items' && n['Node Type'] !== 'ModifyTable';
      const itemIndexes = nodes.flatMap((n) => (n['Index Name']?.startsWith('pool_items') ? [n['Index Name']] : []));
      // By pool only along the draw index; by id (the update of the drawn rows) along the key.
      expect(itemIndexes.filter((i) => i !== 'pool_items_pkey')).toEqual([
        'pool_items_draw_idx',
        'pool_items_draw_idx',
      ]);
      expect(nodes.filter((n) => readsItems(n) && n['Node Type'] === 'Seq Scan')).toEqual([]);
      expect(nodes.filter((n) => n['Node Type'] === 'Sort' && planNodes(n).some(readsItems))).toEqual([]);
    } finally {
      await client.query('deallocate deliver');
      await client.query('reset plan_cache_mode');
      client.release();
    }
  });

  it('never delivers an expired item and draws the soonest-expiring first', async () => {
    const shop = await shopWith(app, [
      { code: 'LATER-1', expiresAt: hoursFromNow(72) },
      { code: 'SOONER-1', expiresAt: hoursFromNow(2) },
      { code: 'NEVER-EXPIRES' },
      { code: 'ALMOST-GONE', expiresAt: hoursFromNow(1) },
    ]);
    // The soonest-expiring item slips past its expiry before any sweep has run.
    await app.db.$client.query(
      `update pool_items set expires_at = now() - interval '1 minute'
        where pool_id = $1 and id = (select id from pool_items where pool_id = $1 order by expires_at asc nulls last limit 1)`,
      [shop.poolId],
    );
    const pool = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(pool.body.stock).toMatchObject({ available: 3, expired: 1 });

    const revealed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [req] = await openRequests(shop.templateId, 1);
      await app.pay(req!.id, req!.total);
      const r = await app.api('POST', `/requests/${req!.id}/reveal`, { auth: req!.buyer.auth });
      revealed.push(r.body.items[0].fields[0].value);
    }
    expect(revealed).toEqual(['SOONER-1', 'LATER-1', 'NEVER-EXPIRES']);
    // Only the expired item is left: the listing counts as sold out, and the item stays put.
    const more = await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: shop.templateId } });
    expect(more.status).toBe(409);
    const { rows } = await app.db.$client.query<{ status: string; purchase_request_id: string | null }>(
      `select status, purchase_request_id from pool_items where pool_id = $1 and expires_at < now()`,
      [shop.poolId],
    );
    expect(rows).toEqual([{ status: 'available', purchase_request_id: null }]);
  });

  it('delivers a multi-quantity order all or nothing', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 3 }, () => ({ code: randomCode() })),
      { maxPerOrder: 5 },
    );
    const [big] = await openRequests(shop.templateId, 1, 4);
    await app.pay(big!.id, big!.total);
    const [bigAfter] = await statusesOf([big!.id]);
    expect(bigAfter?.status).toBe('awaiting_stock');
    const pool = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(pool.body.stock.available).toBe(3);

    // A later, smaller order waits behind the older backorder instead of jumping the queue.
    const [small] = await openRequests(shop.templateId, 1, 1);
    await app.pay(small!.id, small!.total);
    expect((await statusesOf([small!.id]))[0]?.status).toBe('awaiting_stock');

    await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() } }, { fields: { code: randomCode() } }] },
    });
    const done = await statusesOf([big!.id, small!.id]);
    expect(done.map((d) => d.status)).toEqual(['delivered', 'delivered']);
    const reveal = await app.api('POST', `/requests/${big!.id}/reveal`, { auth: big!.buyer.auth });
    expect(reveal.body.items).toHaveLength(4);
  });

  it('is idempotent: a replayed payment event delivers once', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }]);
    const [req] = await openRequests(shop.templateId, 1);
    const first = await app.pay(req!.id, req!.total, { eventId: 'evt_same' });
    const second = await app.pay(req!.id, req!.total, { eventId: 'evt_same' });
    expect(first.body.status).toBe('processed');
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('duplicate');
    const { rows } = await app.db.$client.query<{ n: number }>(
      'select count(*)::int as n from pool_items where purchase_request_id = $1',
      [req!.id],
    );
    expect(rows[0]?.n).toBe(1);
    const { rows: escrow } = await app.db.$client.query<{ n: number }>(
      'select count(*)::int as n from escrow_payments where request_id = $1',
      [req!.id],
    );
    expect(escrow[0]?.n).toBe(1);
  });

  it('auto-pauses a listing when its pool runs dry and resumes it on restock', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const [req] = await openRequests(shop.templateId, 1);
    await app.pay(req!.id, req!.total);
    const paused = await app.api('GET', `/templates/${shop.templateId}`, { auth: app.buyer().auth });
    expect(paused.body).toMatchObject({ purchasable: false, inStock: false });
    const refused = await app.api('POST', '/requests', {
      auth: app.buyer().auth,
      body: { templateId: shop.templateId },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('sold out');

    await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() } }] },
    });
    const resumed = await app.api('GET', `/templates/${shop.templateId}`, { auth: app.buyer().auth });
    expect(resumed.body).toMatchObject({ purchasable: true, inStock: true });
  });

  it('sends one low-stock alert per crossing of the threshold', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 4 }, () => ({ code: randomCode() })),
      { threshold: 2 },
    );
    const alerts = async () =>
      (
        await app.db.$client.query<{ n: number }>(
          "select count(*)::int as n from notifications where kind = 'low_stock' and payload->>'poolId' = $1",
          [shop.poolId],
        )
      ).rows[0]?.n;
    for (const r of await openRequests(shop.templateId, 3)) await app.pay(r.id, r.total);
    expect(await alerts()).toBe(1); // 3 → 2 crossed; 2 → 1 is the same crossing
    await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: Array.from({ length: 5 }, () => ({ fields: { code: randomCode() } })) },
    });
    for (const r of await openRequests(shop.templateId, 4)) await app.pay(r.id, r.total);
    expect(await alerts()).toBe(2);
  });

  it('leaves an unbound listing for manual delivery and tells the seller once', async () => {
    const seller = await app.seller();
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Hand-made', price: 5, currency: 'XTR' },
    });
    const [req] = await openRequests(tpl.body.id, 1);
    await app.pay(req!.id, req!.total);
    const after = await app.api('GET', `/requests/${req!.id}`, { auth: req!.buyer.auth });
    expect(after.body.status).toBe('funded');
    const { rows } = await app.db.$client.query<{ n: number }>(
      "select count(*)::int as n from notifications where kind = 'manual_delivery_needed' and recipient_id = $1",
      [seller.user.id],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
