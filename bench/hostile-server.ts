// The server side of `npm run bench -- hostile`: the real server (HTTP, socket.io, its own
// database connection pool) and the real bot beside it, Telegram replaced at its API edge as
// the tests do, with the event-loop delay histogram of this process. Driven over IPC by
// bench/hostile.ts; not a benchmark of its own.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createBot } from '../backend/src/bot/create-bot.ts';
import { parseConfig } from '../backend/src/config.ts';
import { createLogger } from '../backend/src/lib/logger.ts';
import { startServer } from '../backend/src/server.ts';

export type Command =
  | { cmd: 'reset' }
  | { cmd: 'stall' }
  | { cmd: 'store'; name: string; body: string }
  | { cmd: 'restock'; from: number; poolId: string }
  | { cmd: 'text'; from: number; name: string }
  | { cmd: 'document'; from: number; name: string };

if (process.send) await serve();

async function serve() {
  const config = parseConfig(process.env);
  const running = await startServer(config, createLogger(config.logLevel), { jobs: false });
  const stored = new Map<string, string>();

  // Documents are downloaded from <apiRoot>/file/bot<token>/<path>: this server plays that part.
  const files = http.createServer((req, res) => {
    const body = stored.get(
      req.url
        ?.split('/')
        .at(-1)
        ?.replace(/\.csv$/, '') ?? '',
    );
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/csv' }).end(body);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));

  const replies: string[] = [];
  let messageId = 1;
  const recorder: Transformer = async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    if (method === 'sendMessage' || method === 'editMessageText') replies.push(String(p.text));
    const result =
      method === 'sendMessage' || method === 'editMessageText'
        ? { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text }
        : method === 'getFile'
          ? { file_id: p.file_id, file_unique_id: `u${p.file_id}`, file_path: `documents/${p.file_id}.csv` }
          : true;
    return { ok: true, result } as never;
  };
  const bot = createBot(running.deps, {
    token: config.botToken as string,
    botInfo: { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' } as UserFromGetMe,
    apiTransformers: [recorder],
    apiRoot: `http://127.0.0.1:${(files.address() as AddressInfo).port}`,
    importMaxBytes: config.importMaxBytes,
  });
  let updateId = 1;
  const chat = (from: number) => ({ id: from, type: 'private' as const, first_name: 'Seller' });
  const user = (from: number) => ({ id: from, is_bot: false, first_name: 'Seller' });
  const message = (from: number, rest: Record<string, unknown>) =>
    bot.handleUpdate({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        chat: chat(from),
        from: user(from),
        ...rest,
      },
    } as Update);

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();

  async function run(c: Command): Promise<unknown> {
    switch (c.cmd) {
      case 'reset':
        delay.reset();
        return null;
      case 'stall':
        return { stallMs: delay.max / 1e6 };
      case 'store':
        stored.set(c.name, c.body);
        return null;
      case 'restock':
        await message(c.from, { text: '/restock', entities: [{ type: 'bot_command', offset: 0, length: 8 }] });
        await bot.handleUpdate({
          update_id: updateId++,
          callback_query: {
            id: `cb${updateId}`,
            from: user(c.from),
            chat_instance: 'ci',
            data: `restock:${c.poolId}`,
            message: { message_id: 1, date: 0, chat: chat(c.from), text: 'menu' },
          },
        } as Update);
        return replies.at(-1);
      case 'text':
        await message(c.from, { text: stored.get(c.name) });
        return replies.at(-1);
      case 'document': {
        const body = stored.get(c.name) ?? '';
        await message(c.from, {
          document: {
            file_id: c.name,
            file_unique_id: `u${c.name}`,
            file_name: `${c.name}.csv`,
            file_size: Buffer.byteLength(body),
            mime_type: 'text/csv',
          },
        });
        return replies.at(-1);
      }
    }
  }

  process.on('message', (m: { id: number } & Command) => {
    run(m).then(
      (result) => process.send?.({ id: m.id, result }),
      (e: unknown) => process.send?.({ id: m.id, error: String(e) }),
    );
  });
  process.on('disconnect', () => {
    files.close();
    void running.close().then(() => process.exit(0));
  });
  process.send?.({ ready: running.url });
}
