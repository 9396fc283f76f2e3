import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDueRefunds } from '../src/domain/escrow/retry-due-refunds.ts';
import { completeDueRequests } from '../src/domain/requests/complete-due-requests.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

const slot = fc.nat(2);
const Op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('pay' as const), r: slot, dup: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reveal' as const), r: slot }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('confirm' as const), r: slot }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('dispute' as const), r: slot }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), r: slot }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('refund' as const), r: slot, failOnce: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('window' as const), r: slot }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('retryRefunds' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restock' as const), pool: fc.nat(1) }) },
);

describe('escrow invariants under random interleavings', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps);
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];

  async function checkInvariants() {
    // funded = released + refunded + held, request by request: the escrow's state follows the request's.
    const mismatched = await q(`
      select r.id, r.status, e.status as escrow from purchase_requests r join escrow_payments e on e.request_id = r.id
       where not (
         (r.status = 'completed' and e.status = 'released') or
         (r.status = 'refunded' and e.status = 'refunded') or
         (r.status = 'refund_pending' and e.status = 'refund_pending') or
         (r.status in ('funded', 'awaiting_stock', 'delivered', 'disputed') and e.status = 'funded'))`);
    expect(mismatched).toEqual([]);
    const [money] = await q<{ paid: number; released: number; refunded: number; held: number }>(`
      select coalesce(sum(amount), 0)::int paid,
             coalesce(sum(amount) filter (where status = 'released'), 0)::int released,
             coalesce(sum(amount) filter (where status = 'refunded'), 0)::int refunded,
             coalesce(sum(amount) filter (where status in ('funded', 'refund_pending')), 0)::int held
        from escrow_payments`);
    expect(money!.paid).toBe(money!.released + money!.refunded + money!.held);
    const [events] = await q<{ n: number }>("select count(*)::int n from payment_events where provider = 'telegram'");
    const [escrows] = await q<{ n: number }>("select count(*)::int n from escrow_payments where provider = 'telegram'");
    expect(escrows!.n).toBe(events!.n);

    // Every ledger row matches one released escrow, amount for amount.
    const [ledger] = await q<{ rows: number; released: number; bad: number }>(`
      select (select count(*)::int from ledger_entries) rows,
             (select count(*)::int from escrow_payments where status = 'released') released,
             (select count(*)::int from ledger_entries l join escrow_payments e on e.id = l.escrow_payment_id
               where e.status <> 'released' or e.amount <> l.amount or e.request_id <> l.request_id) bad`);
    expect(ledger!.rows).toBe(ledger!.released);
    expect(ledger!.bad).toBe(0);

    // A revealed item never returns to a pool.
    expect(
      await q(
        "select id from pool_items where revealed_at is not null and (status = 'available' or purchase_request_id is null)",
      ),
    ).toEqual([]);

    // No item belongs to two requests: an item handed to a second request must have been
    // given back by a refund of the first, unrevealed.
    const handed = await q<{ item: string; requests: string[] }>(`
      select item, array_agg(distinct subject_id) requests from (
        select subject_id, jsonb_array_elements_text(metadata->'itemIds') item from audit_log where action = 'request.delivered'
        union all
        select subject_id, jsonb_array_elements_text(metadata->'replacementItems') from audit_log where action = 'dispute.replaced'
      ) x group by item having count(distinct subject_id) > 1`);
    const returned = new Set(
      (
        await q<{ item: string }>(
          "select jsonb_array_elements_text(metadata->'returnedItems') item from audit_log where action = 'request.refund_started'",
        )
      ).map((r) => r.item),
    );
    for (const h of handed) expect(returned.has(h.item), `item ${h.item} went to ${h.requests.join(', ')}`).toBe(true);
    // And right now, no request holds more delivered items than it bought.
    expect(
      await q(`select r.id from purchase_requests r join pool_items i on i.purchase_request_id = r.id and i.status = 'delivered'
                group by r.id, r.quantity having count(*) > r.quantity`),
    ).toEqual([]);
  }

  // A thousand random interleavings of a dozen steps each take a minute or two; allow ten.
  it('keeps money and items consistent whatever happens in whatever order', { timeout: 600_000 }, async () => {
    let run = 0;
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(Op, { minLength: 4, maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 3 }),
        async (ops, quantities) => {
          run++;
          const shops = [
            await shopWith(
              app,
              Array.from({ length: 3 }, () => ({ code: randomCode() })),
              { maxQuantity: 2 },
            ),
            await shopWith(
              app,
              Array.from({ length: 2 }, () => ({ code: randomCode() })),
              { maxQuantity: 2 },
            ),
          ];
          // Listings may pause when a pool runs dry; open every request up front.
          const requests = [];
          for (let r = 0; r < 3; r++) {
            const shop = shops[r % 2]!;
            const buyer = app.buyer();
            const made = await app.api('POST', '/requests', {
              auth: buyer.auth,
              body: { templateId: shop.templateId, quantity: quantities[r] },
            });
            expect(made.status).toBe(201);
            requests.push({ id: made.body.id as string, total: made.body.total as number, buyer, shop });
          }
          for (const step of ops) {
            switch (step.op) {
              case 'pay': {
                const r = requests[step.r]!;
                const charge = `ch_${run}_${step.r}`;
                await tg.successfulPayment(r.buyer.telegramId, r.id, r.total, charge);
                if (step.dup) await tg.successfulPayment(r.buyer.telegramId, r.id, r.total, charge);
                break;
              }
              case 'reveal':
                await app.api('POST', `/requests/${requests[step.r]!.id}/reveal`, {
                  auth: requests[step.r]!.buyer.auth,
                });
                break;
              case 'confirm':
                await app.api('POST', `/requests/${requests[step.r]!.id}/confirm`, {
                  auth: requests[step.r]!.buyer.auth,
                });
                break;
              case 'dispute':
                await app.api('POST', `/requests/${requests[step.r]!.id}/dispute`, {
                  auth: requests[step.r]!.buyer.auth,
                  body: { reason: 'invalid' },
                });
                break;
              case 'replace':
              case 'refund': {
                const r = requests[step.r]!;
                if (step.op === 'refund' && step.failOnce) tg.failNext('refundStarPayment', 1);
                await app.api('POST', `/requests/${r.id}/dispute/resolve`, {
                  auth: r.shop.seller.auth,
                  body: { action: step.op },
                });
                tg.failNext('refundStarPayment', 0);
                break;
              }
              case 'window':
                await q(
                  "update purchase_requests set dispute_window_ends_at = now() - interval '1 second' where id = $1 and status = 'delivered'",
                  [requests[step.r]!.id],
                );
                await completeDueRequests(app.deps);
                break;
              case 'retryRefunds':
                await q("update escrow_payments set refund_next_attempt_at = now() where status = 'refund_pending'");
                await retryDueRefunds(app.deps);
                break;
              case 'restock': {
                const shop = shops[step.pool]!;
                await app.api('POST', `/pools/${shop.poolId}/items`, {
                  auth: shop.seller.auth,
                  body: { items: [{ fields: { code: randomCode() } }] },
                });
                break;
              }
            }
            await checkInvariants();
            for (const { status } of await q<{ status: string }>('select distinct status from purchase_requests'))
              reached.add(status);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
    // The runs did reach the interesting states, so the invariants were checked in them.
    for (const s of ['delivered', 'completed', 'disputed', 'refund_pending', 'refunded', 'awaiting_stock'])
      expect(reached, s).toContain(s);
  });
});
