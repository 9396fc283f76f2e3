import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginToken } from '../src/domain/auth/login-links.ts';
import { postLoginToken, randomCode, runCodepool, startTestApp, type TestApp } from './harness.ts';

/** Midday (UTC) `daysAgo` days back, by the database's clock: far from any day boundary. */
const noonDaysAgo = (daysAgo: number) =>
  `(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') - interval '${daysAgo} days' + interval '12 hours'`;

describe('the dashboard API', () => {
  let app: TestApp;
  let client: pg.Client;
  const q = async <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await client.query<T>(text, values)).rows;

  /** Signs in through a one-time link as the dashboard does and returns the session cookie. */
  async function signIn(userId: string): Promise<string> {
    const token = await createLoginToken(app.deps, { userId });
    const { res, cookie } = await postLoginToken(app.base, token);
    expect(res.status).toBe(303);
    expect(cookie).toMatch(/^cp_session=/);
    return cookie;
  }

  beforeAll(async () => {
    app = await startTestApp();
    client = new pg.Client({ connectionString: app.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await app.close();
  });

  describe('analytics on a known dataset', () => {
    let seller: Awaited<ReturnType<TestApp['seller']>>;
    let poolId: string;
    let boundId: string;
    let manualId: string;

    beforeAll(async () => {
      seller = await app.seller('Analyst');
      const auth = seller.auth;
      poolId = (await app.api('POST', '/pools', { auth, body: { name: 'Steam', deliveryType: 'code' } })).body.id;
      // 12 sellable codes costing 4 each, and 3 costing 40 that will expire unsold.
      const sellable = Array.from({ length: 12 }, () => ({ fields: { code: randomCode() }, cost: 4 }));
      const doomed = Array.from({ length: 3 }, () => ({
        fields: { code: randomCode() },
        cost: 40,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      }));
      const added = await app.api('POST', `/pools/${poolId}/items`, {
        auth,
        body: { items: [...sellable, ...doomed] },
      });
      expect(added.body.accepted).toBe(15);
      // All of it arrived five days ago; the three doomed ones expired yesterday (one swept, two not yet).
      await q(`update pool_items set created_at = ${noonDaysAgo(5)} where pool_id = $1`, [poolId]);
      const doomedIds = added.body.items.slice(12).map((i: { id: string }) => i.id);
      await q(`update pool_items set expires_at = ${noonDaysAgo(1)} where id = any($1::uuid[])`, [doomedIds]);
      await q(`update pool_items set status = 'expired', status_changed_at = ${noonDaysAgo(1)} where id = $1`, [
        doomedIds[0],
      ]);

      boundId = (
        await app.api('POST', '/templates', {
          auth,
          body: { title: 'Steam card', price: 10, currency: 'XTR', defaultPoolId: poolId, maxPerOrder: 5 },
        })
      ).body.id;
      manualId = (await app.api('POST', '/templates', { auth, body: { title: 'Hand key', price: 7, currency: 'XTR' } }))
        .body.id;

      // Two orders from the pool (2 + 1 codes); the first one's codes were drawn two days ago.
      const first = await app.api('POST', '/requests', {
        auth: app.buyer().auth,
        body: { templateId: boundId, quantity: 2 },
      });
      await app.pay(first.body.id, 20);
      await q(`update pool_items set delivered_at = ${noonDaysAgo(2)} where purchase_request_id = $1`, [first.body.id]);
      const second = await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: boundId } });
      await app.pay(second.body.id, 10);
      // An unpaid order counts for nothing.
      await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: boundId } });
      // A manual order, delivered by hand through the dashboard's route.
      const manual = await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: manualId } });
      await app.pay(manual.body.id, 7);
      const delivered = await app.api('POST', `/requests/${manual.body.id}/deliver`, {
        auth,
        body: { contents: ['HAND-KEY-0001'] },
      });
      expect(delivered.body.status).toBe('delivered');
    });

    it('counts draws per day, the pace, days until empty and what expired', async () => {
      const res = await app.api('GET', '/analytics/overview?days=30', { auth: seller.auth });
      expect(res.status).toBe(200);
      expect(res.body.days).toBe(30);
      const steam = res.body.pools.find((p: { poolId: string }) => p.poolId === poolId);
      const draws = steam.drawsPerDay.map((d: { draws: number }) => d.draws);
      expect(draws).toHaveLength(30);
      expect(draws.at(-1)).toBe(1);
      expect(draws.at(-3)).toBe(2);
      expect(draws.reduce((a: number, b: number) => a + b, 0)).toBe(3);
      expect(steam).toMatchObject({
        available: 9,
        draws: 3,
        dailyPace: 0.1,
        daysUntilEmpty: 90,
        expired: 3,
        expiredCost: 120,
      });
      expect(res.body.totals).toMatchObject({ expired: 3, expiredCost: 120, requests: 3, revenue: 37 });
    });

    it('sums sales and revenue per listing, with a margin only where every cost is known', async () => {
      const res = await app.api('GET', '/analytics/overview', { auth: seller.auth });
      const bound = res.body.templates.find((t: { templateId: string }) => t.templateId === boundId);
      const figures = { requests: 2, units: 3, revenue: 30, items: 3, costedItems: 3, itemCost: 12, margin: 18 };
      expect(bound).toEqual({
        templateId: boundId,
        title: 'Steam card',
        ...figures,
        soldCount: 3,
        maxQuantity: null,
        // Its one variant carries all of it.
        variants: [expect.objectContaining({ title: 'Standard', ...figures, soldCount: 3, maxQuantity: null })],
      });
      const manual = res.body.templates.find((t: { templateId: string }) => t.templateId === manualId);
      expect(manual).toMatchObject({ requests: 1, units: 1, revenue: 7, items: 1, costedItems: 0, margin: null });
    });

    it('rebuilds the stock over the last days from the items’ timestamps', async () => {
      const res = await app.api('GET', `/pools/${poolId}/stock-history?days=30`, { auth: seller.auth });
      expect(res.status).toBe(200);
      const days = res.body.days as { day: string; available: number; draws: number; added: number }[];
      expect(days).toHaveLength(30);
      const available = days.map((d) => d.available);
      expect(available.slice(0, 24).every((n) => n === 0)).toBe(true);
      expect(available.slice(24)).toEqual([15, 15, 15, 13, 10, 9]);
      expect(days[24]?.added).toBe(15);
      expect(days.map((d) => d.draws).slice(24)).toEqual([0, 0, 0, 2, 0, 1]);
      // Today's figure is the pool's own count.
      const pool = await app.api('GET', `/pools/${poolId}`, { auth: seller.auth });
      expect(pool.body.stock.available).toBe(9);
      expect(days.at(-1)?.day).toBe(
        (await q<{ d: string }>("select to_char((now() at time zone 'UTC')::date, 'YYYY-MM-DD') as d"))[0]?.d,
      );
    });

    it('shows another seller none of it', async () => {
      const other = await app.seller('Other');
      const res = await app.api('GET', '/analytics/overview', { auth: other.auth });
      expect(res.body.pools).toEqual([]);
      expect(res.body.templates).toEqual([]);
      expect(res.body.totals).toMatchObject({ requests: 0, revenue: 0 });
      const history = await app.api('GET', `/pools/${poolId}/stock-history`, { auth: other.auth });
      expect(history.status).toBe(404);
    });
  });

  describe('finding an exact code', () => {
    it('finds a code by its fingerprint under the pool’s normalisation, and misses what is not there', async () => {
      const seller = await app.seller('Finder');
      const pool = await app.api('POST', '/pools', {
        auth: seller.auth,
        body: { name: 'Keys', deliveryType: 'key', normalisation: 'alnum' },
      });
      await app.api('POST', `/pools/${pool.body.id}/items`, {
        auth: seller.auth,
        body: {
          items: [{ fields: { key: 'ABCD-EFGH-1234' }, supplier: 'Acme' }, { fields: { key: 'OTHER-0000-0001' } }],
        },
      });
      const hit = await app.api('POST', `/pools/${pool.body.id}/items/find`, {
        auth: seller.auth,
        body: { code: ' abcd efgh 1234 ' },
      });
      expect(hit.status).toBe(200);
      expect(hit.headers.get('cache-control')).toBe('no-store');
      expect(hit.body.items).toHaveLength(1);
      expect(hit.body.items[0]).toMatchObject({ poolId: pool.body.id, status: 'available', supplier: 'Acme' });
      expect(hit.body.items[0].preview).toMatch(/^•+1234$/);
      expect(JSON.stringify(hit.body)).not.toContain('ABCD');

      const miss = await app.api('POST', `/pools/${pool.body.id}/items/find`, {
        auth: seller.auth,
        body: { code: 'ABCD-EFGH-1235' },
      });
      expect(miss.body.items).toEqual([]);
      const empty = await app.api('POST', `/pools/${pool.body.id}/items/find`, {
        auth: seller.auth,
        body: { code: ' ' },
      });
      expect(empty.status).toBe(400);
    });

    it('never finds another seller’s identical code, nor searches their pool', async () => {
      const alice = await app.seller('Alice');
      const bob = await app.seller('Bob');
      const mk = async (s: typeof alice) =>
        (await app.api('POST', '/pools', { auth: s.auth, body: { name: 'Cards', deliveryType: 'code' } })).body.id;
      const alicePool = await mk(alice);
      const bobPool = await mk(bob);
      await app.api('POST', `/pools/${alicePool}/items`, {
        auth: alice.auth,
        body: { items: [{ fields: { code: 'ALICE-ONLY-CODE-1' } }] },
      });
      await app.api('POST', `/pools/${bobPool}/items`, {
        auth: bob.auth,
        body: { items: [{ fields: { code: 'SHARED-CODE-0042' } }] },
      });
      const bobSearches = await app.api('POST', `/pools/${bobPool}/items/find`, {
        auth: bob.auth,
        body: { code: 'ALICE-ONLY-CODE-1' },
      });
      expect(bobSearches.body.items).toEqual([]);
      const aliceSearches = await app.api('POST', `/pools/${alicePool}/items/find`, {
        auth: alice.auth,
        body: { code: 'SHARED-CODE-0042' },
      });
      expect(aliceSearches.body.items).toEqual([]);
      const intoAlicePool = await app.api('POST', `/pools/${alicePool}/items/find`, {
        auth: bob.auth,
        body: { code: 'ALICE-ONLY-CODE-1' },
      });
      expect(intoAlicePool.status).toBe(404);
    });
  });

  describe('API tokens', () => {
    it('creates a token shown once, lists it without the secret, and a revoked token gets 401', async () => {
      const seller = await app.seller('Tokens');
      const cookie = await signIn(seller.user.id);
      const created = await app.api('POST', '/tokens', {
        headers: { cookie },
        body: { name: 'supplier push', scopes: ['pools:read', 'pools:write'] },
      });
      expect(created.status).toBe(201);
      expect(created.body.token).toMatch(/^cp_/);
      expect(created.body.apiToken).toMatchObject({ name: 'supplier push', scopes: ['pools:read', 'pools:write'] });
      const bearer = `Bearer ${created.body.token}`;
      expect((await app.api('GET', '/pools', { auth: bearer })).status).toBe(200);

      const list = await app.api('GET', '/tokens', { headers: { cookie } });
      expect(list.status).toBe(200);
      const listed = list.body.find((t: { id: string }) => t.id === created.body.apiToken.id);
      expect(listed).toMatchObject({ name: 'supplier push', revokedAt: null });
      expect(listed.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(list.body)).not.toContain(created.body.token);

      // A token cannot manage tokens: a leaked one must not mint its successor.
      expect((await app.api('GET', '/tokens', { auth: bearer })).status).toBe(403);
      expect((await app.api('POST', '/tokens', { auth: bearer, body: { name: 'x' } })).status).toBe(403);
      // Nor can another seller revoke it.
      const other = await app.seller('Other');
      const otherCookie = await signIn(other.user.id);
      const stolen = await app.api('DELETE', `/tokens/${created.body.apiToken.id}`, {
        headers: { cookie: otherCookie },
      });
      expect(stolen.status).toBe(404);

      const revoked = await app.api('DELETE', `/tokens/${created.body.apiToken.id}`, { headers: { cookie } });
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).not.toBeNull();
      const refused = await app.api('GET', '/pools', { auth: bearer });
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ error: { code: 'unauthorized', message: 'invalid or revoked API token' } });
      const again = await app.api('DELETE', `/tokens/${created.body.apiToken.id}`, { headers: { cookie } });
      expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    });
  });

  describe('the audit log', () => {
    it('shows the seller their own rows and their subjects’ rows only, paginated, without buyers’ addresses or fraud signals', async () => {
      const alice = await app.seller('Alice');
      const bob = await app.seller('Bob');
      const pool = await app.api('POST', '/pools', {
        auth: alice.auth,
        headers: { 'user-agent': 'alice-browser' },
        body: { name: 'Audited', deliveryType: 'code' },
      });
      const second = await app.api('POST', '/pools', {
        auth: alice.auth,
        body: { name: 'Second', deliveryType: 'key' },
      });
      await app.api('POST', `/pools/${pool.body.id}/items`, {
        auth: alice.auth,
        body: { items: [{ fields: { code: 'SAME-CODE-BOTH-1' } }, { fields: { code: randomCode() } }] },
      });
      // Rows about her pools that someone else wrote (here the expiry sweep) are hers to see too.
      await q(
        `insert into audit_log (id, actor_type, actor_id, action, subject_type, subject_id, metadata)
         values (gen_random_uuid(), 'system', 'expiry', 'items.expired', 'pool', $1, '{"count":1}'),
                (gen_random_uuid(), 'system', 'expiry', 'items.expired', 'pool', $2, '{"count":2}')`,
        [pool.body.id, second.body.id],
      );
      const tpl = await app.api('POST', '/templates', {
        auth: alice.auth,
        body: { title: 'Audited card', price: 5, currency: 'XTR', defaultPoolId: pool.body.id },
      });
      const buyer = app.buyer('Buyer');
      const req = await app.api('POST', '/requests', {
        auth: buyer.auth,
        headers: { 'user-agent': 'buyer-phone' },
        body: { templateId: tpl.body.id },
      });
      // Bob holds the same code: an operator's fraud signal, which names Alice; not Bob's to see, nor hers.
      const bobPool = await app.api('POST', '/pools', {
        auth: bob.auth,
        body: { name: 'Bob pool', deliveryType: 'code' },
      });
      await app.api('POST', `/pools/${bobPool.body.id}/items`, {
        auth: bob.auth,
        body: { items: [{ fields: { code: 'SAME-CODE-BOTH-1' } }] },
      });
      expect((await q("select count(*)::int as n from audit_log where action like 'fraud.%'"))[0]?.n).toBeGreaterThan(
        0,
      );

      const all: { action: string; subjectId: string; byYou: boolean; userAgent: string | null; actorType: string }[] =
        [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: { items: typeof all; nextCursor: string | null } } = await app.api(
          'GET',
          `/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { auth: alice.auth },
        );
        all.push(...res.body.items);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBeGreaterThan(1);
      const actions = all.map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining(['pool.created', 'items.added', 'template.created', 'request.created']),
      );
      expect(actions.some((a) => a.startsWith('fraud.'))).toBe(false);
      expect(all.filter((a) => a.action === 'items.expired').map((a) => a.subjectId)).toHaveLength(2);
      expect(all.some((a) => a.subjectId === bobPool.body.id)).toBe(false);
      const created = all.find((a) => a.action === 'pool.created' && a.subjectId === pool.body.id);
      expect(created).toMatchObject({ byYou: true, userAgent: 'alice-browser' });
      const bought = all.find((a) => a.action === 'request.created');
      expect(bought).toMatchObject({ byYou: false, actorType: 'buyer', userAgent: null, subjectId: req.body.id });

      const bobs = await app.api('GET', '/audit', { auth: bob.auth });
      expect(bobs.body.items.some((a: { subjectId: string }) => a.subjectId === pool.body.id)).toBe(false);
      expect(bobs.body.items.some((a: { action: string }) => a.action.startsWith('fraud.'))).toBe(false);

      const timeline = await app.api('GET', `/audit?subjectType=purchase_request&subjectId=${req.body.id}`, {
        auth: alice.auth,
      });
      expect(timeline.body.items.map((a: { action: string }) => a.action)).toEqual(['request.created']);
      const foreign = await app.api('GET', `/audit?subjectType=purchase_request&subjectId=${req.body.id}`, {
        auth: bob.auth,
      });
      expect(foreign.body.items).toEqual([]);
    });
  });

  describe('manual delivery', () => {
    it('delivers a paid order by hand, once, with exactly one content per item, and only by its seller', async () => {
      const seller = await app.seller('Hand');
      const tpl = await app.api('POST', '/templates', {
        auth: seller.auth,
        body: { title: 'Hand-made key', price: 9, currency: 'XTR', maxPerOrder: 3 },
      });
      const buyer = app.buyer('Buyer');
      const req = await app.api('POST', '/requests', {
        auth: buyer.auth,
        body: { templateId: tpl.body.id, quantity: 2 },
      });
      const early = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: seller.auth,
        body: { contents: ['A', 'B'] },
      });
      expect(early.status).toBe(409);
      await app.pay(req.body.id, 18);
      const short = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: seller.auth,
        body: { contents: ['KEY-ONE-0001'] },
      });
      expect(short.status).toBe(400);
      expect(short.body.error.message).toContain('exactly 2');
      const stranger = await app.seller('Stranger');
      const foreign = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: stranger.auth,
        body: { contents: ['X-1', 'X-2'] },
      });
      expect(foreign.status).toBe(404);
      const byBuyer = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: buyer.auth,
        body: { contents: ['X-1', 'X-2'] },
      });
      expect(byBuyer.status).toBe(403);

      const done = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: seller.auth,
        body: { contents: ['KEY-ONE-0001', 'KEY-TWO-0002'] },
      });
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('delivered');
      expect(done.body.items).toHaveLength(2);
      expect(JSON.stringify(done.body)).not.toContain('KEY-ONE');
      const twice = await app.api('POST', `/requests/${req.body.id}/deliver`, {
        auth: seller.auth,
        body: { contents: ['KEY-3', 'KEY-4'] },
      });
      expect(twice.status).toBe(409);
      const revealed = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
      expect(revealed.body.items.map((i: { fields: { value: string }[] }) => i.fields[0]?.value)).toEqual([
        'KEY-ONE-0001',
        'KEY-TWO-0002',
      ]);
    });
  });

  describe('the login-link command', () => {
    it('prints a one-time sign-in URL alone on its last line, for a new or existing seller', async () => {
      const { code, out } = await runCodepool(app, ['login-link', '777000111']);
      expect(code, out).toBe(0);
      const last = out.trim().split('\n').at(-1) ?? '';
      expect(last).toMatch(/^http:\/\/localhost:4567\/api\/auth\/login\?token=[A-Za-z0-9_-]{43}$/);
      const token = new URL(last).searchParams.get('token');
      const { res, cookie } = await postLoginToken(app.base, token ?? '');
      expect(res.status).toBe(303);
      const me = await app.api('GET', '/me', { headers: { cookie } });
      expect(me.body).toMatchObject({ telegramId: '777000111', isSeller: true });
    });
  });
});
