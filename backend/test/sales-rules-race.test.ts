import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SalesRulesChangedError, takeUnits } from '../src/domain/templates/purchase-rules.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

/**
 * A listing without caps or buyer limits is sold without locking its rows (every payment would
 * queue behind the one before); its units are counted last, and only if it still has no rules.
 */
describe('sold counts of a listing without rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  async function openRequest() {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }]);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    expect(req.status).toBe(201);
    const [row] = await q<{ templateId: string; variantId: string; buyerId: string; quantity: number }>(
      `select template_id as "templateId", variant_id as "variantId", buyer_id as "buyerId", quantity
         from purchase_requests where id = $1`,
      [req.body.id],
    );
    return { shop, req: req.body as { id: string; total: number }, row: row! };
  }

  it('refuses to count a sale once the listing gained a cap after the sale began', async () => {
    const { shop, row } = await openRequest();
    const rollback = new Error('roll back');
    await expect(
      app.db.transaction(async (tx) => {
        const taken = await takeUnits(tx, row);
        expect(taken.refused).toBeNull();
        // The seller caps the listing meanwhile, from another connection: nothing holds its row yet.
        await q('update templates set max_quantity = 1 where id = $1', [shop.templateId]);
        if (taken.refused === null) await expect(taken.count()).rejects.toBeInstanceOf(SalesRulesChangedError);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('runs a payment again under the locks when a rule appeared while it was funded', async () => {
    const { shop, req } = await openRequest();
    // Once, between the rules being read and the units counted (the escrow row is written in
    // between), the listing gains a cap: a sequence, because it is not rolled back with the try.
    await q('create sequence if not exists rules_race_once');
    await q(`create or replace function rules_race() returns trigger language plpgsql as $$
      begin
        if nextval('rules_race_once') = 1 then
          update templates set max_quantity = 1000 where id = '${shop.templateId}';
        end if;
        return new;
      end $$`);
    await q('create trigger rules_race after insert on escrow_payments for each row execute function rules_race()');
    try {
      expect((await app.pay(req.id, req.total)).status).toBe(200);
    } finally {
      await q('drop trigger rules_race on escrow_payments');
    }
    // Tried twice: the first run was rolled back whole (its cap with it), the second went through.
    expect((await q<{ n: string }>('select last_value::text as n from rules_race_once'))[0]?.n).toBe('2');
    expect(await q('select status from purchase_requests where id = $1', [req.id])).toEqual([{ status: 'delivered' }]);
    expect(
      await q<{ t: number; v: number; cap: number | null }>(
        `select t.sold_count as t, v.sold_count as v, t.max_quantity as cap
           from templates t join template_variants v on v.template_id = t.id where t.id = $1`,
        [shop.templateId],
      ),
    ).toEqual([{ t: 1, v: 1, cap: null }]);
    expect(await q('select count(*)::int as n from escrow_payments where request_id = $1', [req.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('counts every one of many payments for the same listing arriving at once, and delivers each once', async () => {
    const shop = await shopWith(
      app,
      Array.from({ length: 8 }, () => ({ code: randomCode() })),
    );
    const requests = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const req = await app.api('POST', '/requests', {
          auth: app.buyer().auth,
          body: { templateId: shop.templateId },
        });
        expect(req.status).toBe(201);
        return req.body as { id: string; total: number };
      }),
    );
    const paid = await Promise.all(requests.map((r) => app.pay(r.id, r.total)));
    expect(paid.map((p) => p.status)).toEqual(requests.map(() => 200));
    expect(
      await q<{ t: number; v: number }>(
        `select t.sold_count as t, v.sold_count as v
           from templates t join template_variants v on v.template_id = t.id where t.id = $1`,
        [shop.templateId],
      ),
    ).toEqual([{ t: 8, v: 8 }]);
    expect(
      await q<{ status: string; n: number }>(
        `select r.status, count(distinct i.id)::int as n from purchase_requests r
           join pool_items i on i.purchase_request_id = r.id
          where r.template_id = $1 group by 1`,
        [shop.templateId],
      ),
    ).toEqual([{ status: 'delivered', n: 8 }]);
  });
});
