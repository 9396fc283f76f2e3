import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createDb } from '../src/db/client.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import type { BackendProcess } from './e2e/backend-process.ts';
import { randomCode, sellerOn, startReplicas, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

// Caps and limits are only as good as the funding transaction that enforces them: here two
// backend processes take payments for the last units at the same moment.
describe('sales caps and buyer limits under concurrent payments, on two backend processes', () => {
  let replicas: BackendProcess[];
  let db: ReturnType<typeof createDb>;
  let stop: () => Promise<void>;
  let seller: string;
  beforeAll(async () => {
    ({ processes: replicas, db, stop } = await startReplicas('variants'));
    seller = (await sellerOn(db.db, { id: 9101, first_name: 'Limited Seller' })).auth;
  });
  afterAll(() => stop());

  const q = async <T>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];
  const base = (i: number) => (replicas[i % 2] as BackendProcess).url;
  async function call(i: number, method: string, p: string, auth: string, body?: unknown) {
    const res = await fetch(`${base(i)}/api${p}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }
  const buyer = (telegramId: number) => `tma ${signInitData(TEST_BOT_TOKEN, { id: telegramId, first_name: 'B' })}`;
  async function pool(codes: number) {
    const made = await call(0, 'POST', '/pools', seller, { name: `P${randomCode()}`, deliveryType: 'code' });
    const items = Array.from({ length: codes }, () => ({ fields: { code: randomCode() } }));
    expect((await call(1, 'POST', `/pools/${made.body.id}/items`, seller, { items })).status).toBe(201);
    return made.body.id as string;
  }
  async function payAll(requests: { id: string; total: number }[]) {
    return Promise.all(
      requests.map(async ({ id, total }, i) => {
        const raw = JSON.stringify({
          id: `evt_${id}`,
          type: 'payment.succeeded',
          request_id: id,
          amount: total,
          currency: 'XTR',
        });
        const res = await fetch(`${base(i)}/api/payments/webhook/test`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
          },
          body: raw,
        });
        return { status: res.status, body: (await res.json()) as { status: string } };
      }),
    );
  }

  it('a listing capped at 100 over variants capped at 70 and 60: 300 buyers at once, exactly 100 delivered, the rest refunded', async () => {
    const [poolA, poolB] = await Promise.all([pool(150), pool(150)]);
    const listing = await call(0, 'POST', '/templates', seller, {
      title: 'Launch edition',
      currency: 'XTR',
      maxQuantity: 100,
      variants: [
        { title: 'EU', price: 5, poolId: poolA, maxQuantity: 70 },
        { title: 'US', price: 7, poolId: poolB, maxQuantity: 60 },
      ],
    });
    expect(listing.status).toBe(201);
    const [eu, us] = listing.body.variants as { id: string; title: string }[];
    if (!eu || !us) throw new Error('two variants expected');

    // Every request opens: nothing is sold yet. The caps are decided at payment.
    const requests = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        call(i, 'POST', '/requests', buyer(50_000 + i), {
          templateId: listing.body.id,
          variantId: i % 2 === 0 ? eu.id : us.id,
        }),
      ),
    );
    expect(requests.map((r) => r.status)).toEqual(Array(300).fill(201));
    const paid = await payAll(requests.map((r) => ({ id: r.body.id, total: r.body.total })));
    expect(paid.every((p) => p.status === 200)).toBe(true);
    expect(paid.filter((p) => p.body.status === 'processed')).toHaveLength(100);
    expect(paid.filter((p) => p.body.status === 'refunding')).toHaveLength(200);

    const perVariant = await q<{ variant: string; delivered: number; units: number; sold: number; cap: number }>(
      `select v.title variant, v.sold_count sold, v.max_quantity cap,
              (select count(*)::int from purchase_requests r where r.variant_id = v.id and r.status = 'delivered') delivered,
              (select count(*)::int from pool_items i where i.pool_id = v.pool_id and i.status = 'delivered') units
         from template_variants v where v.template_id = $1 order by v.position`,
      [listing.body.id],
    );
    const [euRow, usRow] = perVariant;
    if (!euRow || !usRow) throw new Error('variants missing');
    expect(euRow.delivered + usRow.delivered).toBe(100);
    expect(euRow.delivered).toBeLessThanOrEqual(70);
    expect(usRow.delivered).toBeLessThanOrEqual(60);
    for (const v of perVariant) {
      // The sold count is exact: what was delivered, one item per request, nothing more.
      expect(v.sold, v.variant).toBe(v.delivered);
      expect(v.units, v.variant).toBe(v.delivered);
    }
    const [listingRow] = await q<{ sold: number }>('select sold_count sold from templates where id = $1', [
      listing.body.id,
    ]);
    expect(listingRow?.sold).toBe(100);

    // Every other payment is its own charge, being given back, and its buyer is told why.
    const refused = await q<{ reason: string; n: number; open: number }>(
      `select e.refund_reason reason, count(*)::int n, count(*) filter (where e.status = 'funded')::int open
         from escrow_payments e join purchase_requests r on r.id = e.request_id
        where r.template_id = $1 and e.refund_reason is not null group by 1 order by 1`,
      [listing.body.id],
    );
    expect(refused.reduce((n, r) => n + r.n, 0)).toBe(200);
    expect(refused.every((r) => ['variant_cap', 'listing_cap'].includes(r.reason) && r.open === 0)).toBe(true);
    const [told] = await q<{ n: number }>(
      `select count(*)::int n from notifications n join purchase_requests r on r.id = (n.payload->>'requestId')::uuid
        where n.kind = 'payment_returned' and r.template_id = $1`,
      [listing.body.id],
    );
    expect(told?.n).toBe(200);
    const [pending] = await q<{ n: number }>(
      `select count(*)::int n from purchase_requests where template_id = $1 and status = 'pending_payment'`,
      [listing.body.id],
    );
    expect(pending?.n).toBe(200);

    // Sold out for everyone now, at both levels: a new request is refused before any payment.
    const late = await call(0, 'POST', '/requests', buyer(59_999), { templateId: listing.body.id, variantId: eu.id });
    expect(late.status).toBe(409);
    expect(late.body.error.details.rule).toMatch(/^(variant_cap|listing_cap)$/);
  });

  it('a limit of 2 per day holds when one buyer pays four times at once', async () => {
    const poolId = await pool(10);
    const listing = await call(0, 'POST', '/templates', seller, {
      title: 'Two a day',
      currency: 'XTR',
      price: 4,
      defaultPoolId: poolId,
      buyerLimit: { count: 2, period: 'day' },
    });
    expect(listing.status).toBe(201);
    const me = buyer(60_001);
    const opened = await Promise.all(
      Array.from({ length: 4 }, (_, i) => call(i, 'POST', '/requests', me, { templateId: listing.body.id })),
    );
    expect(opened.map((o) => o.status)).toEqual([201, 201, 201, 201]);
    const paid = await payAll(opened.map((o) => ({ id: o.body.id, total: o.body.total })));
    expect(paid.map((p) => p.body.status).sort()).toEqual(['processed', 'processed', 'refunding', 'refunding']);
    const rows = await q<{ status: string; n: number }>(
      `select status::text, count(*)::int n from purchase_requests where template_id = $1 group by 1 order by 1`,
      [listing.body.id],
    );
    expect(rows).toEqual([
      { status: 'delivered', n: 2 },
      { status: 'pending_payment', n: 2 },
    ]);
    const reasons = await q<{ reason: string }>(
      `select e.refund_reason reason from escrow_payments e join purchase_requests r on r.id = e.request_id
        where r.template_id = $1 and e.refund_reason is not null`,
      [listing.body.id],
    );
    expect(reasons).toEqual([{ reason: 'buyer_limit' }, { reason: 'buyer_limit' }]);
    const variant = listing.body.variants[0].id as string;
    const [sold] = await q<{ sold: number }>('select sold_count sold from template_variants where id = $1', [variant]);
    expect(sold?.sold).toBe(2);
    // A third request is refused at once, with what the limit allows.
    const third = await call(1, 'POST', '/requests', me, { templateId: listing.body.id });
    expect(third.status).toBe(429);
    expect(third.body.error.details).toEqual({ rule: 'buyer_limit', count: 2, period: 'day', remaining: 0 });
    // Another buyer is not held to this one's limit.
    expect((await call(0, 'POST', '/requests', buyer(60_002), { templateId: listing.body.id })).status).toBe(201);
  });
});
