import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { botSessions } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { createPool } from '../src/domain/pools/create-pool.ts';
import { createLogger } from '../src/lib/logger.ts';
import { type Running, startServer } from '../src/server.ts';
import { freshDatabaseUrl, makeSeller, TEST_BOT_TOKEN } from './harness.ts';
import { BOT_INFO } from './telegram.ts';

/**
 * A local HTTP server that speaks the Bot API's JSON: getMe, getUpdates (long polling over
 * a queue), sendMessage and the rest answered with ok. The backend talks to it exactly as
 * it would to Telegram, through TELEGRAM_API_ROOT.
 */
function fakeBotApi() {
  const queue: unknown[] = [];
  const received: { method: string; body: Record<string, unknown> }[] = [];
  /** Milliseconds a method's answer is held back, as a slow Telegram would. */
  const delays = new Map<string, number>();
  let updateId = 1;
  let waiting: (() => void) | null = null;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', async () => {
      const method = req.url?.split('/').at(-1) ?? '';
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      received.push({ method, body });
      const delay = delays.get(method);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const answer = (result: unknown) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
      if (method === 'getMe') return answer(BOT_INFO);
      if (method === 'getUpdates') {
        if (queue.length === 0)
          await new Promise<void>((r) => {
            waiting = r;
            setTimeout(r, 500);
          });
        const updates = queue.splice(0).map((u) => ({ update_id: updateId++, ...(u as object) }));
        return answer(updates);
      }
      if (method === 'sendMessage')
        return answer({ message_id: 1, date: 0, chat: { id: body.chat_id, type: 'private' }, text: body.text });
      return answer(true);
    });
  });
  return {
    server,
    received,
    delays,
    /** Queues updates; pushed together, they come back in one getUpdates answer. */
    push(...updates: unknown[]) {
      queue.push(...updates);
      waiting?.();
    },
  };
}

describe('the backend with BOT_MODE=polling against a Bot API server', () => {
  let running: Running;
  let api: ReturnType<typeof fakeBotApi>;
  let dataDir: string;
  beforeAll(async () => {
    api = fakeBotApi();
    await new Promise<void>((r) => api.server.listen(0, '127.0.0.1', r));
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-poll-'));
    const config = parseConfig({
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'polling',
      TELEGRAM_API_ROOT: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`,
    });
    running = await startServer(config, createLogger('silent'), { jobs: false });
  });
  afterAll(async () => {
    await running.close();
    api.server.closeAllConnections();
    await new Promise((r) => api.server.close(r));
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('receives a /pools update by long polling and its reply arrives at the API', async () => {
    await makeSeller(running.deps.db, { id: 4242, first_name: 'Sam' });
    api.push({
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 4242, type: 'private', first_name: 'Sam' },
        from: { id: 4242, is_bot: false, first_name: 'Sam' },
        text: '/pools',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    });
    const until = Date.now() + 20_000;
    let reply: { method: string; body: Record<string, unknown> } | undefined;
    while (!reply && Date.now() < until) {
      reply = api.received.find((r) => r.method === 'sendMessage' && r.body.chat_id === 4242);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(reply?.body.text).toContain('You have no pools yet');
    expect(api.received.map((r) => r.method)).toEqual(
      expect.arrayContaining(['getMe', 'setMyCommands', 'deleteWebhook', 'getUpdates']),
    );
  });

  it('runs two updates of one chat from one getUpdates batch one after the other', async () => {
    const user = await makeSeller(running.deps.db, { id: 4343, first_name: 'Ria' });
    const pool = await createPool(withActor(running.deps, { type: 'seller', userId: user.id }), {
      name: 'Queue',
      deliveryType: 'code',
      lowStockThreshold: 0,
    });
    const chat = { id: 4343, type: 'private', first_name: 'Ria' };
    const from = { id: 4343, is_bot: false, first_name: 'Ria' };
    // The runner takes both at once; the tap reads the session, then waits on Telegram.
    api.delays.set('answerCallbackQuery', 300);
    api.push(
      {
        callback_query: {
          id: 'cb-queue',
          from,
          chat_instance: 'ci',
          data: `restock:${pool.id}`,
          message: { message_id: 2, date: 0, chat, text: 'menu' },
        },
      },
      {
        message: {
          message_id: 3,
          date: Math.floor(Date.now() / 1000),
          chat,
          from,
          text: '/help',
          entities: [{ type: 'bot_command', offset: 0, length: 5 }],
        },
      },
    );
    const replies = () => api.received.filter((r) => r.method === 'sendMessage' && r.body.chat_id === 4343);
    const until = Date.now() + 20_000;
    while (replies().length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(replies().map((r) => String(r.body.text).split(' ')[0])).toEqual(['Send', 'Codepool']);
    // Both wrote the chat's session: the step of the tap and the menu flag of /help (the
    // last write lands just after the last reply).
    const expected = { step: { kind: 'restock', poolId: pool.id }, sellerCommandsLocale: 'en' };
    let session: unknown;
    for (const settle = Date.now() + 3000; Date.now() < settle; await new Promise((r) => setTimeout(r, 50))) {
      [session] = (await running.deps.db.select().from(botSessions).where(eq(botSessions.key, '4343'))).map(
        (r) => r.value,
      );
      if (JSON.stringify(session) === JSON.stringify(expected)) break;
    }
    expect(session).toEqual(expected);
  });
});

describe('the backend with BOT_MODE=webhook', () => {
  let running: Running;
  let api: ReturnType<typeof fakeBotApi>;
  let dataDir: string;
  const secret = 'webhook-secret-0123456789';
  beforeAll(async () => {
    api = fakeBotApi();
    await new Promise<void>((r) => api.server.listen(0, '127.0.0.1', r));
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-hook-'));
    const config = parseConfig({
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: secret,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`,
    });
    running = await startServer(config, createLogger('silent'), { jobs: false });
  });
  afterAll(async () => {
    await running.close();
    api.server.closeAllConnections();
    await new Promise((r) => api.server.close(r));
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('takes updates only with Telegram’s secret token header, and answers them', async () => {
    const update = {
      update_id: 77,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 5151, type: 'private', first_name: 'Wes' },
        from: { id: 5151, is_bot: false, first_name: 'Wes' },
        text: '/help',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      },
    };
    const post = (headers: Record<string, string>) =>
      fetch(`${running.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(update),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-0123456789' })).status).toBe(401);
    expect(api.received.some((r) => r.method === 'sendMessage')).toBe(false);
    expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
    const reply = api.received.find((r) => r.method === 'sendMessage' && r.body.chat_id === 5151);
    expect(reply?.body.text).toContain('/purchases');
    expect(api.received.some((r) => r.method === 'getUpdates')).toBe(false);
  });
});
