// Payment to code in hand, as a buyer waits for it. Buyers hold real socket.io connections (as
// the Mini App does) to two backend processes on one PostgreSQL (socket events cross them through
// the postgres adapter). Payments arrive at fixed offered rates (an open loop: sent when due,
// whatever the answers do), alternating between the two doors: a `successful_payment` update
// posted to the bot's webhook as Telegram's Bot API does, and the signed payment webhook; and
// alternating between the processes. For each payment: the time from its due moment to the buyer's
// `delivery-update`, and to the answer of the reveal the buyer then asks for. The floor, in the same
// run: the same harness against a bare server that records the payment and emits at once.
// Fails loudly when a payment was not delivered or was delivered twice.
// `npm run bench -- delivery [--rates 50,200,500] [--seconds 10] [--buyers 100]`
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io as connect, type Socket } from 'socket.io-client';
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
import { startFakeTelegramApi } from '../backend/test/e2e/fake-telegram-api.ts';
import { startBackend, startProcess } from './lib/process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const BOT_TOKEN = `123456789:${'D'.repeat(35)}`;
const PAYMENT_SECRET = 'bench-payment-secret-0123456789';
const TELEGRAM_SECRET = 'bench-telegram-secret-0123456789';
const PROVIDER = 'bench';

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

type Buyer = { telegramId: number; auth: string; socket: Socket; home: string };
type Payment = {
  requestId: string;
  buyer: Buyer;
  total: number;
  due: number;
  delivered?: number;
  revealed?: number;
  events: number;
};

/** Buyers connected as the Mini App connects: socket.io with their init data, half to each server. */
async function connectBuyers(n: number, bases: string[], firstId: number): Promise<Buyer[]> {
  const buyers: Buyer[] = [];
  for (let i = 0; i < n; i++) {
    const telegramId = firstId + i;
    const initData = signInitData(
      BOT_TOKEN,
      { id: telegramId, first_name: `Buyer ${i}` },
      {
        authDate: Math.floor(Date.now() / 1000),
      },
    );
    const home = bases[i % bases.length] ?? '';
    const socket = connect(home, { auth: { initData }, transports: ['websocket'] });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    });
    buyers.push({ telegramId, auth: `tma ${initData}`, socket, home });
  }
  return buyers;
}

/**
 * One rate: `rate × seconds` payments, each sent when due; waits for every delivery (or 20 s after
 * the last send) and returns the latencies. `target(i)` is the server a payment goes to.
 */
async function playRate(
  payments: Payment[],
  rate: number,
  door: (p: Payment, i: number) => Promise<number>,
  reveal: (p: Payment) => Promise<void>,
) {
  const byRequest = new Map(payments.map((p) => [p.requestId, p]));
  const listeners = new Map<Socket, (e: { requestId: string; status: string }) => void>();
  for (const p of payments) {
    if (listeners.has(p.buyer.socket)) continue;
    const onEvent = (e: { requestId: string; status: string }) => {
      const mine = byRequest.get(e.requestId);
      if (!mine || e.status !== 'delivered') return;
      mine.events++;
      if (mine.delivered !== undefined) return;
      mine.delivered = performance.now();
      void reveal(mine).then(() => {
        mine.revealed = performance.now();
      });
    };
    p.buyer.socket.on('delivery-update', onEvent);
    listeners.set(p.buyer.socket, onEvent);
  }
  const started = performance.now();
  let sent = 0;
  let refused = 0;
  const sends: Promise<void>[] = [];
  while (sent < payments.length) {
    const due = Math.min(payments.length, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const p = payments[sent] as Payment;
      p.due = started + (sent * 1000) / rate;
      const i = sent;
      sends.push(
        door(p, i).then((status) => {
          if (status !== 200) refused++;
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(sends);
  const deadline = performance.now() + 20_000;
  while (payments.some((p) => p.revealed === undefined) && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
  for (const [socket, onEvent] of listeners) socket.off('delivery-update', onEvent);
  const delivery = payments.filter((p) => p.delivered !== undefined).map((p) => (p.delivered as number) - p.due);
  const revealed = payments.filter((p) => p.revealed !== undefined).map((p) => (p.revealed as number) - p.due);
  delivery.sort((a, b) => a - b);
  revealed.sort((a, b) => a - b);
  return {
    p50: pct(delivery, 50),
    p99: pct(delivery, 99),
    revealP50: pct(revealed, 50),
    revealP99: pct(revealed, 99),
    lost: payments.filter((p) => p.delivered === undefined).length,
    doubledEvents: payments.filter((p) => p.events > 1).length,
    refused,
  };
}

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rates: { type: 'string', default: '50,200,500' },
      seconds: { type: 'string', default: '10' },
      buyers: { type: 'string', default: '100' },
    },
  });
  const rates = (values.rates ?? '')
    .split(',')
    .map(Number)
    .filter((r) => r > 0);
  const seconds = Number(values.seconds);
  const buyerCount = Number(values.buyers);
  const total = rates.reduce((s, r) => s + r * seconds, 0);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-delivery-'));
  const database = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
  const telegram = await startFakeTelegramApi();
  const children: ChildProcess[] = [];
  const sockets: Socket[] = [];
  try {
    await runMigrations(database.url);
    const keys = generateKeySpec();
    const env = {
      BOT_TOKEN,
      BOT_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      TELEGRAM_API_ROOT: telegram.url,
      PAYMENT_WEBHOOK_SECRET: PAYMENT_SECRET,
      SOCKET_ADAPTER: 'postgres',
    };
    const backends = await Promise.all([0, 1].map(() => startBackend({ databaseUrl: database.url, dir, keys }, env)));
    children.push(...backends.map((b) => b.child));
    const bases = backends.map((b) => `http://127.0.0.1:${b.port}`);

    // A seller with one pool of `total` codes and a listing bound to it.
    const { db, pool } = createDb(database.url, { max: 4 });
    const deps = {
      db,
      keys: parseKeyRing(keys),
      log: createLogger('silent'),
      events: nullEvents,
      settings: DEFAULT_SETTINGS,
    };
    const seller = await becomeSeller(
      { db, actor: { type: 'system', job: 'bench' } },
      { userId: (await upsertTelegramUser(db, { id: 1, first_name: 'Bench seller' })).id },
    );
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: seller.id }), { name: 'bench' });
    const api = async (base: string, p: string, auth: string, body: unknown) => {
      const res = await fetch(`${base}/api${p}`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as Record<string, any>;
    };
    const s = `Bearer ${token}`;
    const created = await api(bases[0] as string, '/pools', s, { name: 'Delivery bench', deliveryType: 'code' });
    for (let i = 0; i < total; i += 1000) {
      const items = Array.from({ length: Math.min(1000, total - i) }, (_, k) => ({
        fields: { code: `BENCH-${String(i + k).padStart(8, '0')}` },
      }));
      await api(bases[0] as string, `/pools/${created.id}/items`, s, { items });
    }
    const listing = await api(bases[0] as string, '/templates', s, {
      title: 'Delivery bench',
      price: 1,
      currency: 'XTR',
      defaultPoolId: created.id,
      maxPerOrder: 1,
    });
    if (!listing.id) throw new Error(`the listing was not created: ${JSON.stringify(listing)}`);

    /** Opens `n` requests, one per payment, spread over the buyers, 16 at a time. */
    const open = async (buyers: Buyer[], n: number): Promise<Payment[]> => {
      const out: Payment[] = new Array(n);
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let i = next++; i < n; i = next++) {
            const buyer = buyers[i % buyers.length] as Buyer;
            const req = await api(buyer.home, '/requests', buyer.auth, { templateId: listing.id });
            if (!req.id) throw new Error(`a request was not opened: ${JSON.stringify(req)}`);
            out[i] = { requestId: req.id, buyer, total: req.total, due: 0, events: 0 };
          }
        }),
      );
      return out;
    };

    const buyers = await connectBuyers(buyerCount, bases, 100_000);
    sockets.push(...buyers.map((b) => b.socket));
    let charge = 0;
    /** The two doors, alternating, each alternating between the two processes. */
    const door = (base: (p: Payment, i: number) => string) => (p: Payment, i: number) => {
      const target = base(p, i);
      const id = `bench-${++charge}`;
      if (i % 2 === 0) {
        const update = JSON.stringify({
          update_id: charge,
          message: {
            message_id: charge,
            date: Math.floor(Date.now() / 1000),
            chat: { id: p.buyer.telegramId, type: 'private', first_name: 'Buyer' },
            from: { id: p.buyer.telegramId, is_bot: false, first_name: 'Buyer' },
            successful_payment: {
              currency: 'XTR',
              total_amount: p.total,
              invoice_payload: p.requestId,
              telegram_payment_charge_id: id,
              provider_payment_charge_id: '',
            },
          },
        });
        return post(`${target}/telegram/webhook`, update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET });
      }
      const raw = JSON.stringify({
        id,
        type: 'payment.succeeded',
        request_id: p.requestId,
        amount: p.total,
        currency: 'XTR',
      });
      return post(`${target}/api/payments/webhook/${PROVIDER}`, raw, {
        'x-codepool-signature': signWebhook(PAYMENT_SECRET, PROVIDER, raw),
        'x-bench-buyer': String(p.buyer.telegramId),
      });
    };
    const reveal = async (p: Payment) => {
      await post(`${p.buyer.home}/api/requests/${p.requestId}/reveal`, '{}', { authorization: p.buyer.auth });
    };

    console.log(
      `node ${process.version}, ${os.cpus().length} cores; ${buyerCount} buyers on socket.io over two processes; ${seconds} s at each rate`,
    );
    const results = new Map<number, Awaited<ReturnType<typeof playRate>>>();
    const allPayments: Payment[] = [];
    for (const rate of rates) {
      const payments = await open(buyers, rate * seconds);
      allPayments.push(...payments);
      const r = await playRate(
        payments,
        rate,
        door((_p, i) => bases[Math.floor(i / 2) % 2] as string),
        reveal,
      );
      results.set(rate, r);
      console.log(
        `${rate}/s: delivery p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; reveal answered p50 ${r.revealP50.toFixed(1)} ms, p99 ${r.revealP99.toFixed(1)} ms; lost ${r.lost}, answered other than 200: ${r.refused}`,
      );
    }

    // Doubled: a request holding more items than it paid for, or one charge recorded twice.
    const { rows: doubled } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT purchase_request_id FROM pool_items WHERE purchase_request_id = ANY($1::uuid[])
          GROUP BY purchase_request_id HAVING count(*) > 1) d`,
      [allPayments.map((p) => p.requestId)],
    );
    const { rows: undelivered } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM purchase_requests WHERE id = ANY($1::uuid[]) AND status <> 'delivered'`,
      [allPayments.map((p) => p.requestId)],
    );
    await pool.end();

    // The floor: the same buyers and doors against the bare server; each payment goes to its buyer's server.
    for (const c of sockets.splice(0)) c.disconnect();
    const floorServers = await Promise.all(
      [0, 1].map(() =>
        startProcess([path.join(here, 'delivery-floor.ts')], { DATABASE_URL: database.url }, /PORT (\d+)/),
      ),
    );
    children.push(...floorServers.map((f) => f.child));
    const floorBases = floorServers.map((f) => `http://127.0.0.1:${f.port}`);
    const floorBuyers = await connectBuyers(buyerCount, floorBases, 100_000);
    sockets.push(...floorBuyers.map((b) => b.socket));
    const floorRate = rates.includes(200) ? 200 : (rates[0] ?? 200);
    const floorPayments: Payment[] = Array.from({ length: floorRate * seconds }, (_, i) => ({
      requestId: `floor-${i}`,
      buyer: floorBuyers[i % floorBuyers.length] as Buyer,
      total: 1,
      due: 0,
      events: 0,
    }));
    const floor = await playRate(
      floorPayments,
      floorRate,
      door((p) => p.buyer.home),
      reveal,
    );
    console.log(
      `floor at ${floorRate}/s (record and emit at once): delivery p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms; reveal p99 ${floor.revealP99.toFixed(1)} ms`,
    );

    const lost = [...results.values()].reduce((s, r) => s + r.lost, 0) + (undelivered[0]?.n ?? 0);
    const doubledCount = (doubled[0]?.n ?? 0) + [...results.values()].reduce((s, r) => s + r.doubledEvents, 0);
    const ours200 = results.get(floorRate);
    const fields = rates.flatMap((rate) => {
      const r = results.get(rate);
      return r ? [`p50_ms_${rate}=${r.p50.toFixed(1)}`, `p99_ms_${rate}=${r.p99.toFixed(1)}`] : [];
    });
    const vsFloor = ours200 && ours200.p99 > 0 ? (floor.p99 / ours200.p99).toFixed(2) : 'n/a';
    console.log(
      `RESULT delivery ${fields.join(' ')} reveal_p99_ms_${floorRate}=${ours200?.revealP99.toFixed(1)} floor_p99_ms_${floorRate}=${floor.p99.toFixed(1)} vs_floor_${floorRate}=${vsFloor} lost=${lost} doubled=${doubledCount}`,
    );
    if (lost > 0 || doubledCount > 0) {
      console.error(`FAILED: ${lost} payment(s) not delivered, ${doubledCount} delivered twice`);
      process.exitCode = 1;
    }
  } finally {
    for (const c of sockets) c.disconnect();
    for (const c of children) c.kill('SIGTERM');
    agent.destroy();
    await telegram.close();
    await database.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
