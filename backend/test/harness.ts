import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerEventName, ServerEvents } from '@codepool/shared';
import pg from 'pg';
import { inject } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../src/crypto/keyring.ts';
import { createDb, type Db, type DbOptions } from '../src/db/client.ts';
import { ensureDatabase, withDatabase } from '../src/db/embedded.ts';
import type { UserRow } from '../src/db/schema/index.ts';
import { type Actor, DEFAULT_SETTINGS, type Deps, type SupplierSettings, withActor } from '../src/domain/context.ts';
import { ImportSlots } from '../src/domain/imports/import-slots.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { becomeSeller } from '../src/domain/users/become-seller.ts';
import { type TelegramUser, upsertTelegramUser } from '../src/domain/users/upsert-telegram-user.ts';
import type { FileStorage } from '../src/files/file-store.ts';
import { createApp, routeTable } from '../src/http/app.ts';
import { startDurableJobs } from '../src/jobs/durable.ts';
import { DURABLE_TASKS } from '../src/jobs/durable-tasks.ts';
import { createLogger } from '../src/lib/logger.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { startBackendProcess, stopBackendProcess } from './e2e/backend-process.ts';

export const TEST_BOT_TOKEN = `123456789:${'T'.repeat(35)}`;
export const OTHER_BOT_TOKEN = `987654321:${'O'.repeat(35)}`;
export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

/**
 * Signs in with a one-time link's token as its page's button does: a same-origin form post.
 * The answer is a 303 with the session cookie, or a page saying why not.
 */
export async function postLoginToken(base: string, token: string, headers: Record<string, string> = { origin: base }) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token }).toString(),
  });
  return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Who makes the tests' sellers, in the audit trail. */
export const TEST_OPERATOR: Actor = { type: 'system', job: 'test' };

/**
 * A Telegram user made a seller the one way the product knows (`becomeSeller`, with its
 * audit row), not by writing `is_seller` behind its back.
 */
export async function makeSeller(db: Db, tg: TelegramUser): Promise<UserRow> {
  const user = await upsertTelegramUser(db, tg);
  return becomeSeller({ db, actor: TEST_OPERATOR }, { userId: user.id });
}

/**
 * A seller and their Bearer header on a database another process serves (replicas, crashes):
 * the token is made directly in the database, as the test app's `seller()` does through its deps.
 */
export async function sellerOn(db: Db, tg: TelegramUser): Promise<{ user: UserRow; auth: string }> {
  const user = await makeSeller(db, tg);
  const deps: Deps = {
    db,
    keys: parseKeyRing(generateKeySpec()),
    log: createLogger('silent'),
    events: { toUser: () => undefined },
    settings: DEFAULT_SETTINGS,
  };
  const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: user.id }), { name: 't' });
  return { user, auth: `Bearer ${token}` };
}

/**
 * Two `codepool start` processes on one fresh database, as replicas run (socket.io over
 * PostgreSQL, Telegram unreachable: refused at once, not hanging a job's tick), and a
 * connection of the test's own to that database.
 */
export async function startReplicas(tag: string, env: Record<string, string> = {}) {
  const url = await freshDatabaseUrl();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `codepool-${tag}-`));
  const shared = {
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    CODEPOOL_KEYS: generateKeySpec(),
    BOT_TOKEN: TEST_BOT_TOKEN,
    BOT_MODE: 'off',
    TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
    PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    SOCKET_ADAPTER: 'postgres',
    ...env,
  };
  const processes = await Promise.all([startBackendProcess(shared), startBackendProcess(shared)]);
  const db = createDb(url, { max: 5 });
  return {
    url,
    dataDir,
    processes,
    db,
    async stop() {
      await Promise.all(processes.map((r) => stopBackendProcess(r)));
      await db.pool.end();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function freshDatabaseUrl(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(admin, name, 'codepool_template');
  return withDatabase(admin, name);
}

export type RecordedEvent = { userId: string; event: ServerEventName; payload: ServerEvents[ServerEventName] };

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers };

/** The real app on a real port over a real database; only Telegram is absent. */
export async function startTestApp({
  disputeWindowH = 48,
  url: given,
  db: dbOptions = {},
  importConcurrency,
  trustProxy,
  files,
  durableJobs = false,
  suppliers,
}: {
  /** Run the durable jobs (supplier orders) in this process, polling every 100 ms. */
  durableJobs?: boolean;
  /** Supplier settings over the defaults. */
  suppliers?: Partial<SupplierSettings>;
  disputeWindowH?: number;
  /** Another database than a fresh clone (already migrated). */
  url?: string;
  /** Pool size and timeouts; 20 connections and the defaults unless said. */
  db?: DbOptions;
  /** IMPORT_CONCURRENCY; unbounded unless said. */
  importConcurrency?: number;
  trustProxy?: boolean | number | string[];
  /** The file store and limits; PostgreSQL and the defaults unless said. */
  files?: FileStorage;
} = {}) {
  const url = given ?? (await freshDatabaseUrl());
  const { db, pool } = createDb(url, { max: 20, ...dbOptions });
  const events: RecordedEvent[] = [];
  // A codepool command run on this database needs these keys (CODEPOOL_KEYS): the start check refuses others.
  const keySpec = generateKeySpec();
  const deps: Deps = {
    db,
    keys: parseKeyRing(keySpec),
    log: createLogger(process.env.TEST_LOG ?? 'silent'),
    events: { toUser: (userId, event, payload) => void events.push({ userId, event, payload }) },
    settings: { ...DEFAULT_SETTINGS, disputeWindowH, suppliers: { ...DEFAULT_SETTINGS.suppliers, ...suppliers } },
    ...(importConcurrency ? { importSlots: new ImportSlots(importConcurrency) } : {}),
    ...(files ? { files } : {}),
    publicUrl: () => base,
  };
  let base = '';
  const app = createApp(deps, {
    botToken: TEST_BOT_TOKEN,
    initDataMaxAgeS: 86_400,
    jsonBodyLimit: '2mb',
    paymentWebhookSecret: TEST_WEBHOOK_SECRET,
    publicUrl: () => base,
    serveWeb: false,
    ...(trustProxy !== undefined ? { trustProxy } : {}),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stopJobs = durableJobs
    ? await startDurableJobs(deps, { url, tasks: DURABLE_TASKS, pollIntervalMs: 100, concurrency: 4 })
    : async () => undefined;

  async function api<T = any>(
    method: string,
    path: string,
    {
      auth,
      body,
      raw,
      headers = {},
    }: { auth?: string; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (auth) h.authorization = auth;
    let payload: string | Buffer | undefined = raw;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: h,
      body: typeof payload === 'string' || payload === undefined ? payload : new Uint8Array(payload),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  let nextTelegramId = 1000;
  return {
    base,
    deps,
    db,
    url,
    keySpec,
    events,
    api,
    /** Every route the app registered, for tests that walk them all. */
    routes: routeTable(app),
    /** A new seller and a Bearer header for them. */
    async seller(name = 'Seller') {
      const user = await makeSeller(db, { id: nextTelegramId++, first_name: name });
      const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: user.id }), { name: 'test' });
      return { user, auth: `Bearer ${token}` };
    },
    /** A Telegram user with signed Mini App init data. */
    buyer(name = 'Buyer', { botToken = TEST_BOT_TOKEN, authDate }: { botToken?: string; authDate?: number } = {}) {
      const telegramId = nextTelegramId++;
      const initData = signInitData(botToken, { id: telegramId, first_name: name }, authDate ? { authDate } : {});
      return { telegramId, initData, auth: `tma ${initData}` };
    },
    /** Posts a payment event signed as the processor would. */
    async pay(
      requestId: string,
      amount: number,
      {
        eventId = `evt_${randomBytes(6).toString('hex')}`,
        currency = 'XTR',
        t,
        provider = 'test',
        signedFor = provider,
      }: { eventId?: string; currency?: string; t?: number; provider?: string; signedFor?: string } = {},
    ) {
      const raw = JSON.stringify({ id: eventId, type: 'payment.succeeded', request_id: requestId, amount, currency });
      return api('POST', `/payments/webhook/${provider}`, {
        raw,
        headers: {
          'content-type': 'application/json',
          'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, signedFor, raw, t),
        },
      });
    },
    /** Every row of every table as text: what a database dump would hold. */
    async dumpAll(): Promise<string> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows: tables } = await client.query<{ t: string }>(
          "select quote_ident(table_name) as t from information_schema.tables where table_schema = 'public'",
        );
        const parts: string[] = [];
        for (const { t } of tables) {
          const { rows } = await client.query<{ r: string }>(`select x::text as r from ${t} x`);
          parts.push(...rows.map((r) => r.r));
        }
        return parts.join('\n');
      } finally {
        await client.end();
      }
    },
    async close() {
      await stopJobs();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** A seller with a pool of `codes` bound to a template; the common start of many tests. */
export async function shopWith(
  app: TestApp,
  codes: { code: string; expiresAt?: string }[],
  { price = 10, maxPerOrder = 5, threshold = 0 } = {},
) {
  const seller = await app.seller();
  const pool = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `Pool ${randomBytes(3).toString('hex')}`, deliveryType: 'code', lowStockThreshold: threshold },
  });
  if (pool.status !== 201) throw new Error(`pool: ${JSON.stringify(pool.body)}`);
  for (let i = 0; i < codes.length; i += 1000) {
    const batch = codes
      .slice(i, i + 1000)
      .map((c) => ({ fields: { code: c.code }, ...(c.expiresAt ? { expiresAt: c.expiresAt } : {}) }));
    const added = await app.api('POST', `/pools/${pool.body.id}/items`, { auth: seller.auth, body: { items: batch } });
    if (added.status !== 201) throw new Error(`items: ${JSON.stringify(added.body)}`);
  }
  const template = await app.api('POST', '/templates', {
    auth: seller.auth,
    body: {
      title: 'Gift card',
      price,
      currency: 'XTR',
      defaultPoolId: pool.body.id,
      maxPerOrder,
      instructions: 'Redeem at example.test',
    },
  });
  if (template.status !== 201) throw new Error(`template: ${JSON.stringify(template.body)}`);
  return {
    seller,
    poolId: pool.body.id as string,
    templateId: template.body.id as string,
    variantId: template.body.variants[0].id as string,
  };
}

export function randomCode(): string {
  return randomBytes(8).toString('hex').toUpperCase();
}

const BACKEND = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = path.resolve(BACKEND, '../node_modules/.bin/tsx');

/**
 * A `codepool` command against the test app's database, as an operator runs it: its own
 * process, the app's keys (the start check refuses others) and a data directory of its own.
 * Resolves with the exit code and everything the command printed.
 */
export async function runCodepool(app: TestApp, args: string[]): Promise<{ code: number | null; out: string }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-cli-'));
  const child = spawn(TSX, ['src/cli.ts', ...args], {
    cwd: BACKEND,
    env: {
      ...process.env,
      INIT_CWD: BACKEND,
      LOG_LEVEL: 'warn',
      DATABASE_URL: app.url,
      CODEPOOL_KEYS: app.keySpec,
      DATA_DIR: dataDir,
      PORT: '4567',
    },
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  await fs.rm(dataDir, { recursive: true, force: true });
  return { code, out };
}
