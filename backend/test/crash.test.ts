import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec } from '../src/crypto/keyring.ts';
import { createDb } from '../src/db/client.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { type BackendProcess, startBackendProcess, stopBackendProcess } from './e2e/backend-process.ts';
import { freshDatabaseUrl, randomCode, sellerOn, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

const N = 300;

describe('kill -9 in the middle of fulfillment and of an import', () => {
  let url: string;
  let tmp: string;
  const keys = generateKeySpec();
  let db: ReturnType<typeof createDb>;
  let env: Record<string, string>;
  let restarted: BackendProcess | null = null;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-crash-'));
    env = {
      DATABASE_URL: url,
      DATA_DIR: tmp,
      CODEPOOL_KEYS: keys,
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'off',
      PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      JOB_TICK_S: '1',
      SWEEPER_GRACE_S: '0',
    };
    db = createDb(url, { max: 5 });
  });
  afterAll(async () => {
    if (restarted) await stopBackendProcess(restarted);
    await db.pool.end();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const q = async <T>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];

  it('loses no item, delivers none twice, and the restarted sweeper delivers every paid request', async () => {
    const first = await startBackendProcess({ ...env, JOB_TICK_S: '59' });
    const { auth: sellerAuth } = await sellerOn(db.db, { id: 9100, first_name: 'Crash Seller' });
    const call = async (method: string, p: string, auth: string, body?: unknown) =>
      (await (
        await fetch(`${first.url}/api${p}`, {
          method,
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      ).json()) as Record<string, any>;
    const s = sellerAuth;
    const pool = await call('POST', '/pools', s, { name: 'Crashy', deliveryType: 'code' });
    await call('POST', `/pools/${pool.id}/items`, s, {
      items: Array.from({ length: N }, () => ({ fields: { code: randomCode() } })),
    });
    const importPool = await call('POST', '/pools', s, { name: 'Crashy import', deliveryType: 'code' });
    const tpl = await call('POST', '/templates', s, { title: 'C', price: 2, currency: 'XTR', defaultPoolId: pool.id });
    const requests = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        call('POST', '/requests', `tma ${signInitData(TEST_BOT_TOKEN, { id: 30_000 + i, first_name: 'B' })}`, {
          templateId: tpl.id,
        }),
      ),
    );

    // A large import and a burst of payments in flight, then the process dies without warning.
    const csv = `code\n${Array.from({ length: 60_000 }, () => randomCode()).join('\n')}\n`;
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'big.csv');
    const importing = fetch(`${first.url}/api/pools/${importPool.id}/imports`, {
      method: 'POST',
      headers: { authorization: s },
      body: form,
    }).catch(() => null);
    const payments = requests.map((r) =>
      (async () => {
        const raw = JSON.stringify({
          id: `evt_${r.id}`,
          type: 'payment.succeeded',
          request_id: r.id,
          amount: 2,
          currency: 'XTR',
        });
        return fetch(`${first.url}/api/payments/webhook/test`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
          },
          body: raw,
        }).then(
          (res) => res.status,
          () => null,
        );
      })(),
    );
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const [row] = await q<{ n: number }>(
        "select count(*)::int n from purchase_requests where status <> 'pending_payment' and template_id = $1",
        [tpl.id],
      );
      if ((row?.n ?? 0) >= 20) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await stopBackendProcess(first, 'SIGKILL');
    await Promise.all([importing, ...payments]);
    const [atKill] = await q<{ funded: number; delivered: number }>(
      `select count(*) filter (where status = 'funded')::int funded, count(*) filter (where status = 'delivered')::int delivered
         from purchase_requests where template_id = $1`,
      [tpl.id],
    );
    expect(atKill!.funded + atKill!.delivered).toBeGreaterThanOrEqual(20);

    restarted = await startBackendProcess(env);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [row] = await q<{ n: number }>(
        "select count(*)::int n from purchase_requests where status = 'funded' and template_id = $1",
        [tpl.id],
      );
      if (row?.n === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const [after] = await q<{
      paid: number;
      delivered: number;
      funded: number;
      items_delivered: number;
      items_total: number;
      distinct_owners: number;
    }>(
      `select (select count(*)::int from escrow_payments e join purchase_requests r on r.id = e.request_id where r.template_id = $1) paid,
              (select count(*)::int from purchase_requests where template_id = $1 and status = 'delivered') delivered,
              (select count(*)::int from purchase_requests where template_id = $1 and status = 'funded') funded,
              (select count(*)::int from pool_items where pool_id = $2 and status = 'delivered') items_delivered,
              (select count(*)::int from pool_items where pool_id = $2) items_total,
              (select count(distinct purchase_request_id)::int from pool_items where pool_id = $2 and purchase_request_id is not null) distinct_owners`,
      [tpl.id, pool.id],
    );
    // Every payment that committed was delivered; none twice; no item lost.
    expect(after!.funded).toBe(0);
    expect(after!.delivered).toBe(after!.paid);
    expect(after!.items_delivered).toBe(after!.delivered);
    expect(after!.distinct_owners).toBe(after!.delivered);
    expect(after!.items_total).toBe(N);

    // The import is all or nothing: a completed batch with all its rows, or no trace.
    const batches = await q<{ status: string; accepted: number; items: number }>(
      `select b.status, b.accepted, (select count(*)::int from pool_items i where i.import_batch_id = b.id) items
         from import_batches b where b.pool_id = $1`,
      [importPool.id],
    );
    for (const b of batches) expect(b).toEqual({ status: 'completed', accepted: b.items, items: b.items });
    const [loose] = await q<{ n: number }>('select count(*)::int n from pool_items where pool_id = $1', [
      importPool.id,
    ]);
    expect(loose?.n).toBe(batches.reduce((sum, b) => sum + b.items, 0));
  });

  it('on SIGTERM finishes the import in flight, then exits cleanly', async () => {
    // Finishing is the point here, not the deadline (shutdown.test.ts has that): a loaded
    // machine may need more than the default 10 s for 40,000 rows.
    const proc = await startBackendProcess({ ...env, JOB_TICK_S: '59', SHUTDOWN_TIMEOUT_S: '120' });
    const { auth: sellerAuth } = await sellerOn(db.db, { id: 9200, first_name: 'Graceful' });
    const created = (await (
      await fetch(`${proc.url}/api/pools`, {
        method: 'POST',
        headers: { authorization: sellerAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Graceful', deliveryType: 'code' }),
      })
    ).json()) as { id: string };
    const form = new FormData();
    form.append(
      'file',
      new Blob([`code\n${Array.from({ length: 40_000 }, () => randomCode()).join('\n')}\n`], { type: 'text/csv' }),
      'g.csv',
    );
    const upload = fetch(`${proc.url}/api/pools/${created.id}/imports`, {
      method: 'POST',
      headers: { authorization: sellerAuth },
      body: form,
    });
    await new Promise((r) => setTimeout(r, 400));
    proc.child.kill('SIGTERM');
    const res = await upload;
    expect(res.status).toBe(201);
    expect(((await res.json()) as { accepted: number }).accepted).toBe(40_000);
    expect(await proc.exited).toBe(0);
    const [row] = await q<{ n: number }>('select count(*)::int n from pool_items where pool_id = $1', [created.id]);
    expect(row?.n).toBe(40_000);
  });
});
