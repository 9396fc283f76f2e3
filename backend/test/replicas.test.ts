import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createDb } from '../src/db/client.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import type { BackendProcess } from './e2e/backend-process.ts';
import { randomCode, sellerOn, startReplicas, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('two backend replicas on one PostgreSQL, behind Caddy', () => {
  let replicas: BackendProcess[];
  let db: ReturnType<typeof createDb>;
  let tmp: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ processes: replicas, db, dataDir: tmp, stop } = await startReplicas('replicas', { JOB_TICK_S: '2' }));
  });
  afterAll(() => stop());

  const q = async <T>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];

  it('funds 500 requests through the signed webhook, alternating replicas: 500 deliveries of 500 distinct items', async () => {
    const { auth: sellerAuth } = await sellerOn(db.db, { id: 9001, first_name: 'Replica Seller' });
    const call = async (base: string, method: string, p: string, auth: string, body?: unknown) => {
      const res = await fetch(`${base}/api${p}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as Record<string, any>;
    };
    const [a, b] = replicas.map((r) => r.url) as [string, string];
    const s = sellerAuth;
    const pool = await call(a, 'POST', '/pools', s, { name: 'Replicated', deliveryType: 'code' });
    await call(b, 'POST', `/pools/${pool.id}/items`, s, {
      items: Array.from({ length: 500 }, () => ({ fields: { code: randomCode() } })),
    });
    const tpl = await call(a, 'POST', '/templates', s, {
      title: 'R',
      price: 3,
      currency: 'XTR',
      defaultPoolId: pool.id,
    });

    const requests: string[] = [];
    for (let i = 0; i < 500; i += 50) {
      const made = await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          call(
            i % 100 === 0 ? a : b,
            'POST',
            '/requests',
            `tma ${signInitData(TEST_BOT_TOKEN, { id: 20_000 + i + j, first_name: 'B' })}`,
            { templateId: tpl.id },
          ),
        ),
      );
      requests.push(...made.map((m) => m.id as string));
    }
    for (let i = 0; i < requests.length; i += 25) {
      await Promise.all(
        requests.slice(i, i + 25).map(async (id, j) => {
          const raw = JSON.stringify({
            id: `evt_${id}`,
            type: 'payment.succeeded',
            request_id: id,
            amount: 3,
            currency: 'XTR',
          });
          const res = await fetch(`${(i + j) % 2 === 0 ? a : b}/api/payments/webhook/test`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
            },
            body: raw,
          });
          expect(res.status).toBe(200);
        }),
      );
    }
    const [counts] = await q<{ delivered: number; items: number; distinct_requests: number }>(
      `select (select count(*)::int from purchase_requests where status = 'delivered' and template_id = $1) delivered,
              (select count(*)::int from pool_items where pool_id = $2 and status = 'delivered') items,
              (select count(distinct purchase_request_id)::int from pool_items where pool_id = $2 and status = 'delivered') distinct_requests`,
      [tpl.id, pool.id],
    );
    expect(counts).toEqual({ delivered: 500, items: 500, distinct_requests: 500 });
  });

  it('runs each job once per tick across both replicas', async () => {
    await new Promise((r) => setTimeout(r, 7000));
    const runs = await q<{ job: string; ticks: number; runs: number; runners: number; first: Date; last: Date }>(
      `select job, count(distinct tick)::int ticks, count(*)::int runs, count(distinct runner)::int runners, min(tick) first, max(tick) last
         from job_runs group by job order by job`,
    );
    expect(runs.map((r) => r.job).sort()).toEqual(
      [
        'escrow-auto-complete',
        'expire-unpaid',
        'expiry-sweep',
        'expiry-warning',
        'file-sweep',
        'fulfillment-sweeper',
        'refund-retry',
        'refund-unanswered',
        'stars-reconcile',
        'supplier-quotes',
      ].sort(),
    );
    for (const r of runs) {
      expect(r.runs, r.job).toBe(r.ticks);
      expect(r.ticks, r.job).toBeGreaterThanOrEqual(2);
      // Every tick in the span ran: none was lost between the replicas.
      expect(r.ticks, r.job).toBe((+r.last - +r.first) / 2000 + 1);
    }
    const runners = await q<{ n: number }>('select count(distinct runner)::int n from job_runs');
    expect(runners[0]?.n).toBe(2);
  });

  it('serves every route through Caddy with the repository’s Caddyfile', async () => {
    expect(existsSync('/usr/bin/caddy'), 'caddy is installed by .ci/run (apt-get install caddy)').toBe(true);
    const port = await freePort();
    const miniapp = path.join(tmp, 'miniapp');
    const dashboard = path.join(tmp, 'dashboard');
    await fs.mkdir(miniapp, { recursive: true });
    await fs.mkdir(dashboard, { recursive: true });
    await fs.writeFile(path.join(miniapp, 'index.html'), '<html>MINIAPP-BUILD</html>');
    await fs.writeFile(path.join(dashboard, 'index.html'), '<html>DASHBOARD-BUILD</html>');
    const caddy = spawn('/usr/bin/caddy', ['run', '--config', path.join(root, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: {
        ...process.env,
        CADDY_ADMIN: 'off',
        SITE_ADDRESS: `http://127.0.0.1:${port}`,
        BACKEND_UPSTREAMS: replicas.map((r) => r.url.replace('http://', '')).join(' '),
        MINIAPP_ROOT: miniapp,
        DASHBOARD_ROOT: dashboard,
        XDG_DATA_HOME: tmp,
        XDG_CONFIG_HOME: tmp,
      },
    });
    let log = '';
    caddy.stderr.on('data', (d) => {
      log += d;
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        if (
          await fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const get = (p: string, init?: RequestInit) => fetch(`${base}${p}`, { redirect: 'manual', ...init });
      const health = await get('/healthz');
      expect(health.status, log).toBe(200);
      expect(health.headers.get('x-request-id')).toBeTruthy();
      expect(((await (await get('/api/openapi.json')).json()) as { openapi: string }).openapi).toBe('3.0.3');
      expect((await get('/readyz')).status).toBe(200);
      const unauth = await get('/api/pools');
      expect(unauth.status).toBe(401);
      expect(((await unauth.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      const socket = await get('/socket.io/?EIO=4&transport=polling');
      expect(socket.status).toBe(200);
      expect(await socket.text()).toContain('"sid"');
      // The bot is off here, so the backend (not Caddy) answers the webhook path.
      const hook = await get('/telegram/webhook', {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(hook.headers.get('x-request-id')).toBeTruthy();
      expect((await get('/app')).status).toBe(308);
      expect(await (await get('/app/')).text()).toContain('MINIAPP-BUILD');
      expect(await (await get('/app/purchases/123')).text()).toContain('MINIAPP-BUILD');
      expect(await (await get('/')).text()).toContain('DASHBOARD-BUILD');
      expect(await (await get('/pools/abc')).text()).toContain('DASHBOARD-BUILD');
      expect((await get('/metrics')).status).toBe(404);
    } finally {
      caddy.kill('SIGTERM');
      await new Promise((r) => caddy.on('exit', r));
    }
  });
});
