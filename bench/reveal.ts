// The reveal endpoint under load: autocannon with valid `tma` auth, against a bare Express
// route on the same machine in the same run. Both servers run as their own processes. Then an
// open loop: reveals sent at a fixed rate whatever the answers do (as buyers arrive), each timed
// from the moment it was due, so a slow answer cannot hide the ones queued behind it.
// `npm run bench -- reveal [--seconds 20] [--connections 50] [--rate 500] [--open-seconds 10]`
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateKeySpec, parseKeyRing } from '../backend/src/crypto/keyring.ts';
import { createDb } from '../backend/src/db/client.ts';
import { openEmbeddedDatabase } from '../backend/src/db/embedded.ts';
import { runMigrations } from '../backend/src/db/migrate.ts';
import { DEFAULT_SETTINGS, nullEvents, withActor } from '../backend/src/domain/context.ts';
import { signWebhook } from '../backend/src/domain/payments/verify-signature.ts';
import { createApiToken } from '../backend/src/domain/users/api-tokens.ts';
import { becomeSeller } from '../backend/src/domain/users/become-seller.ts';
import { upsertTelegramUser } from '../backend/src/domain/users/upsert-telegram-user.ts';
import { createLogger } from '../backend/src/lib/logger.ts';
import { signInitData } from '../backend/src/lib/telegram-init-data.ts';
import { startBackend, startProcess } from './lib/process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const BOT_TOKEN = `123456789:${'B'.repeat(35)}`;
const SECRET = 'bench-webhook-secret-0123456789';

/** CPU seconds a process has used so far (Linux /proc), or null elsewhere. */
async function cpuSeconds(pid: number | undefined): Promise<number | null> {
  try {
    const fields = (await fs.readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** autocannon against `url`, and the server process's CPU per answered request meanwhile. */
async function load(url: string, headers: Record<string, string>, seconds: number, connections: number, pid?: number) {
  const before = await cpuSeconds(pid);
  const result = await autocannon({ url, method: 'POST', headers, duration: seconds, connections });
  const after = await cpuSeconds(pid);
  const cpuUs = before !== null && after !== null ? ((after - before) * 1e6) / result.requests.total : null;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx, cpuUs };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * `rate` POSTs a second to `url` for `seconds`, each sent when due (a 1 ms clock catching up),
 * none waiting for another's answer; latency from the due time to the end of the answer.
 */
async function openLoop(url: string, headers: Record<string, string>, rate: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  let sent = 0;
  const inFlight: Promise<void>[] = [];
  const one = (due: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  while (sent < total) {
    const dueCount = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < dueCount; sent++) inFlight.push(one(started + (sent * 1000) / rate));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p99: pct(latencies, 99), errors, answered: latencies.length };
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: 'string' },
      connections: { type: 'string' },
      rate: { type: 'string' },
      'open-seconds': { type: 'string' },
    },
  });
  const seconds = Number(values.seconds ?? 20);
  const connections = Number(values.connections ?? 50);
  const rate = Number(values.rate ?? 500);
  const openSeconds = Number(values['open-seconds'] ?? 10);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-reveal-'));
  const server = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
  const children: ChildProcess[] = [];
  try {
    await runMigrations(server.url);
    const keys = generateKeySpec();
    const backend = await startBackend(
      { databaseUrl: server.url, dir, keys },
      { BOT_TOKEN, BOT_MODE: 'off', PAYMENT_WEBHOOK_SECRET: SECRET },
    );
    children.push(backend.child);
    const base = `http://127.0.0.1:${backend.match[1]}`;

    // A seller, a pool, a listing, and one buyer whose purchase is delivered.
    const { db, pool } = createDb(server.url, { max: 2 });
    const deps = {
      db,
      keys: parseKeyRing(keys),
      log: createLogger('silent'),
      events: nullEvents,
      settings: DEFAULT_SETTINGS,
    };
    const seller = await becomeSeller(withActor(deps, { type: 'system', job: 'bench' }), {
      userId: (await upsertTelegramUser(db, { id: 1, first_name: 'Bench seller' })).id,
    });
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: seller.id }), { name: 'bench' });
    await pool.end();
    const call = async (p: string, auth: string, body?: unknown) =>
      (await (
        await fetch(`${base}/api${p}`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        })
      ).json()) as Record<string, any>;
    const s = `Bearer ${token}`;
    const created = await call('/pools', s, { name: 'Bench', deliveryType: 'code' });
    await call(`/pools/${created.id}/items`, s, { items: [{ fields: { code: 'BENCH-CODE-0001', pin: '1234' } }] });
    const tpl = await call('/templates', s, {
      title: 'Bench',
      price: 1,
      currency: 'XTR',
      defaultPoolId: created.id,
      instructions: 'Redeem it.',
    });
    const auth = `tma ${signInitData(BOT_TOKEN, { id: 2, first_name: 'Bench buyer' }, { authDate: Math.floor(Date.now() / 1000) })}`;
    const req = await call('/requests', auth, { templateId: tpl.id });
    if (!req.id) throw new Error(`the request was not opened: ${JSON.stringify({ tpl, req })}`);
    const raw = JSON.stringify({
      id: 'evt_bench',
      type: 'payment.succeeded',
      request_id: req.id,
      amount: 1,
      currency: 'XTR',
    });
    await fetch(`${base}/api/payments/webhook/bench`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-codepool-signature': signWebhook(SECRET, 'bench', raw) },
      body: raw,
    });
    const check = await call(`/requests/${req.id}/reveal`, auth);
    if (check.items?.[0]?.fields?.[0]?.value !== 'BENCH-CODE-0001')
      throw new Error(`reveal did not answer: ${JSON.stringify(check)}`);

    const bare = await startProcess([path.join(here, 'bare-server.ts')], {}, /PORT (\d+)/);
    children.push(bare.child);

    console.log(`node ${process.version}, ${os.cpus().length} cores; ${connections} connections, ${seconds} s each`);
    const ours = await load(
      `${base}/api/requests/${req.id}/reveal`,
      { authorization: auth },
      seconds,
      connections,
      backend.child.pid,
    );
    const baseline = await load(`http://127.0.0.1:${bare.match[1]}/bare`, {}, seconds, connections, bare.child.pid);
    const cpu = (r: { cpuUs: number | null }) =>
      r.cpuUs === null ? '' : `, ${Math.round(r.cpuUs)} µs of server CPU each`;
    console.log(
      `reveal (tma auth, decrypt, audit row): ${Math.round(ours.rps)} req/s, p99 ${ours.p99} ms, errors ${ours.errors}${cpu(ours)}`,
    );
    console.log(
      `bare Express route:                    ${Math.round(baseline.rps)} req/s, p99 ${baseline.p99} ms${cpu(baseline)}`,
    );
    const open = await openLoop(`${base}/api/requests/${req.id}/reveal`, { authorization: auth }, rate, openSeconds);
    const openBare = await openLoop(`http://127.0.0.1:${bare.match[1]}/bare`, {}, rate, openSeconds);
    const ms = (n: number) => n.toFixed(1);
    console.log(
      `open loop at ${rate}/s for ${openSeconds} s: reveal p50 ${ms(open.p50)} ms, p99 ${ms(open.p99)} ms, errors ${open.errors}; bare p50 ${ms(openBare.p50)} ms, p99 ${ms(openBare.p99)} ms`,
    );
    if (ours.errors > 0 || open.errors > 0) process.exitCode = 1;
    console.log(
      `RESULT reveal req_per_s=${Math.round(ours.rps)} p99_ms=${ours.p99} vs_bare=${(ours.rps / baseline.rps).toFixed(2)} p99_ms_${rate}=${ms(open.p99)} p50_ms_${rate}=${ms(open.p50)} bare_p99_ms_${rate}=${ms(openBare.p99)}`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
