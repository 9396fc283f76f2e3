import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { withActor } from '../src/domain/context.ts';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { createLogger } from '../src/lib/logger.ts';
import { signInitData } from '../src/lib/telegram-init-data.ts';
import { type Running, startServer } from '../src/server.ts';
import { freshDatabaseUrl, makeSeller, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from './harness.ts';

describe('socket.io, through the real server', () => {
  let running: Running;
  let dataDir: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-rt-'));
    const config = parseConfig({
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'off',
      PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    });
    running = await startServer(config, createLogger('silent'));
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await running.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  function socket(auth: Record<string, string>) {
    const s = connect(running.url, { auth, transports: ['websocket'], reconnection: false });
    sockets.push(s);
    return s;
  }

  it('refuses a socket without valid credentials', async () => {
    const s = socket({ initData: 'hash=00&auth_date=1' });
    const err = await new Promise<Error>((resolve) => s.on('connect_error', resolve));
    expect(err.message).toMatch(/^unauthorized/);
  });

  const outcome = (s: Socket) =>
    new Promise<string>((resolve) => {
      s.on('connect', () => resolve('connected'));
      s.on('connect_error', (e) => resolve(e.message));
      // A handshake too large to read closes the transport before socket.io can answer it.
      // (A refused handshake closes it too, from our side: 'forced close', before connect_error.)
      s.io.on('close', (reason) => reason !== 'forced close' && resolve(`closed: ${reason}`));
    });

  it('says why a handshake is refused by code, in err.data, beside the message clients matched on', async () => {
    const refused = (auth: Record<string, string>, extraHeaders: Record<string, string> = {}) => {
      const s = connect(running.url, { auth, extraHeaders, transports: ['websocket'], reconnection: false });
      sockets.push(s);
      return new Promise<{ message: string; data: unknown }>((resolve) =>
        s.on('connect_error', (e) => resolve({ message: e.message, data: (e as Error & { data?: unknown }).data })),
      );
    };
    expect(await refused({ initData: 'hash=00&auth_date=1' })).toEqual({
      message: 'unauthorized: init data has no valid hash',
      data: { code: 'unauthorized', message: 'init data has no valid hash' },
    });
    expect(await refused({ token: 'cp_not-a-token' })).toEqual({
      message: 'unauthorized: invalid or revoked API token',
      data: { code: 'unauthorized', message: 'invalid or revoked API token' },
    });
    expect(await refused({})).toEqual({
      message: 'unauthorized: missing credentials',
      data: { code: 'unauthorized', message: 'missing credentials' },
    });
    const ended = await refused({}, { cookie: `cp_session=${'C'.repeat(43)}`, origin: running.url });
    expect(ended.message).toMatch(/^unauthorized: your dashboard session has expired/);
    expect(ended.data).toEqual({ code: 'session_expired', message: ended.message.replace(/^unauthorized: /, '') });
  });

  it('refuses init data padded with & (a valid signature, 6 KB or 1 MB) over HTTP and in the handshake', async () => {
    const initData = signInitData(TEST_BOT_TOKEN, { id: 6101, first_name: 'Pad' });
    const me = (auth: string) => fetch(`${running.url}/api/me`, { headers: { authorization: auth } });
    expect((await me(`tma ${initData}`)).status).toBe(200);
    const padded = `${initData}${'&'.repeat(6 * 1024)}`;
    const res = await me(`tma ${padded}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'unauthorized', message: 'init data is longer than 4096 bytes' },
    });
    // 1 MB does not fit in an HTTP header at all: Node answers 431 before any of our code runs.
    const huge = `${initData}${'&'.repeat(1024 * 1024)}`;
    expect((await me(`tma ${huge}`)).status).toBe(431);

    expect(await outcome(socket({ initData }))).toBe('connected');
    expect(await outcome(socket({ initData: padded }))).toBe('unauthorized: init data is longer than 4096 bytes');
    // 1 MB is over the socket's message limit: the connection is closed before the handshake is read.
    expect(await outcome(socket({ initData: huge }))).toMatch(/^closed: /);
  });

  it('identifies a returning Mini App socket from the user cache, without writing to users', async () => {
    const initData = signInitData(TEST_BOT_TOKEN, { id: 6102, first_name: 'Again' });
    const updatedAt = async () =>
      (
        await running.deps.db.$client.query<{ t: string }>(
          'select updated_at::text as t from users where telegram_id = 6102',
        )
      ).rows[0]?.t;
    expect(await outcome(socket({ initData }))).toBe('connected');
    const first = await updatedAt();
    expect(first).toBeDefined();
    for (let i = 0; i < 3; i++) expect(await outcome(socket({ initData }))).toBe('connected');
    expect(await updatedAt()).toBe(first);
  });

  it('shares the user cache between HTTP and sockets: a socket after a Mini App call writes nothing', async () => {
    const initData = signInitData(TEST_BOT_TOKEN, { id: 6103, first_name: 'Both' });
    const updatedAt = async () =>
      (
        await running.deps.db.$client.query<{ t: string }>(
          'select updated_at::text as t from users where telegram_id = 6103',
        )
      ).rows[0]?.t;
    expect((await fetch(`${running.url}/api/me`, { headers: { authorization: `tma ${initData}` } })).status).toBe(200);
    const first = await updatedAt();
    expect(first).toBeDefined();
    expect(await outcome(socket({ initData }))).toBe('connected');
    expect(await updatedAt()).toBe(first);
  });

  it('tells the buyer and the seller of a delivery, with ids and counts only', async () => {
    const seller = await makeSeller(running.deps.db, { id: 5001, first_name: 'S' });
    const { token } = await createApiToken(withActor(running.deps, { type: 'seller', userId: seller.id }), {
      name: 't',
    });
    const call = async (method: string, p: string, auth: string, body?: unknown) =>
      (
        await fetch(`${running.url}/api${p}`, {
          method,
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      ).json() as Promise<Record<string, any>>;
    const s = `Bearer ${token}`;
    const pool = await call('POST', '/pools', s, { name: 'RT', deliveryType: 'code' });
    await call('POST', `/pools/${pool.id}/items`, s, { items: [{ fields: { code: 'LIVE-CODE-0001' } }] });
    const tpl = await call('POST', '/templates', s, { title: 'RT', price: 7, currency: 'XTR', defaultPoolId: pool.id });

    const initData = signInitData(TEST_BOT_TOKEN, { id: 6001, first_name: 'B' });
    const buyerSocket = socket({ initData });
    const sellerSocket = socket({ token });
    await Promise.all([buyerSocket, sellerSocket].map((x) => new Promise((r) => x.on('connect', () => r(null)))));
    const buyerGot = new Promise((r) => buyerSocket.on('delivery-update', r));
    const sellerStock = new Promise((r) => sellerSocket.on('stock-update', r));

    const req = await call('POST', '/requests', `tma ${initData}`, { templateId: tpl.id });
    const raw = JSON.stringify({
      id: 'evt_rt',
      type: 'payment.succeeded',
      request_id: req.id,
      amount: 7,
      currency: 'XTR',
    });
    await fetch(`${running.url}/api/payments/webhook/test`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
      },
      body: raw,
    });
    expect(await buyerGot).toEqual({ requestId: req.id, status: 'delivered', quantity: 1, delivered: 1 });
    expect(await sellerStock).toEqual({ poolId: pool.id, available: 0 });
  });
});
