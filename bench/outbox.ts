// Messages at Telegram's limit: `--messages` notifications (10,000) to `--chats` chats (2,000),
// queued a chat at a time (each chat's messages one after another, as a fan-out of one event
// per buyer queues them), sent by the backend's own outbox dispatcher in a `npm start`ed process
// to a local Bot API server that enforces Telegram's limits as Telegram does: a send to a chat
// within a second of the last, or beyond 30 in any second, is answered 429 and counted. The floor
// is that limit, 30 messages a second; `vs_limit` is the sustained rate (first send to last)
// over it. Fails loudly when a message was lost, sent twice, sent out of its chat's order, or
// when a send provoked a 429.
// `npm run bench -- outbox [--messages 10000] [--chats 2000]`
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateKeySpec } from '../backend/src/crypto/keyring.ts';
import { openEmbeddedDatabase } from '../backend/src/db/embedded.ts';
import { runMigrations } from '../backend/src/db/migrate.ts';
import { uuidv7 } from '../backend/src/lib/ids.ts';
import { startFakeTelegramApi } from '../backend/test/e2e/fake-telegram-api.ts';
import { startBackend } from './lib/process.ts';

const BOT_TOKEN = `123456789:${'O'.repeat(35)}`;
const TELEGRAM_LIMIT_PER_S = 30;
const FIRST_CHAT = 500_000;

/** Users and their queued notifications: refunds numbered 1…n within each chat, to check order. */
async function queue(client: pg.Client, messages: number, chats: number) {
  const users = Array.from({ length: chats }, (_, i) => ({
    id: uuidv7(),
    telegramId: FIRST_CHAT + i,
    // Half the chats read Russian: the dispatcher renders each in its recipient's language.
    languageCode: i % 2 === 0 ? 'en' : 'ru',
  }));
  for (let i = 0; i < users.length; i += 1000) {
    const chunk = users.slice(i, i + 1000);
    await client.query(
      `INSERT INTO users (id, telegram_id, first_name, language_code)
       SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[])`,
      [
        chunk.map((u) => u.id),
        chunk.map((u) => u.telegramId),
        chunk.map(() => 'Watcher'),
        chunk.map((u) => u.languageCode),
      ],
    );
  }
  const rows: { id: string; recipient: string; n: number }[] = [];
  const perChat = Math.ceil(messages / chats);
  for (const user of users) {
    for (let n = 1; n <= perChat && rows.length < messages; n++) rows.push({ id: uuidv7(), recipient: user.id, n });
  }
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await client.query(
      `INSERT INTO notifications (id, recipient_id, kind, payload)
       SELECT id, recipient, 'refund', jsonb_build_object('requestId', '', 'amount', n)
         FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS r(id, recipient, n)`,
      [chunk.map((r) => r.id), chunk.map((r) => r.recipient), chunk.map((r) => r.n)],
    );
  }
  return rows.length;
}

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { messages: { type: 'string', default: '10000' }, chats: { type: 'string', default: '2000' } },
  });
  const messages = Number(values.messages);
  const chats = Number(values.chats);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-outbox-'));
  const database = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
  const telegram = await startFakeTelegramApi({ limits: { chatGapMs: 1000, perSecond: TELEGRAM_LIMIT_PER_S } });
  const client = new pg.Client({ connectionString: database.url });
  let backend: ChildProcess | null = null;
  try {
    await runMigrations(database.url);
    await client.connect();
    const queued = await queue(client, messages, chats);
    console.log(
      `node ${process.version}, ${os.cpus().length} cores; ${queued} notifications queued for ${chats} chats, a chat at a time`,
    );

    const started = performance.now();
    backend = (
      await startBackend(
        { databaseUrl: database.url, dir, keys: generateKeySpec() },
        {
          BOT_TOKEN,
          BOT_MODE: 'webhook',
          TELEGRAM_WEBHOOK_SECRET: 'bench-telegram-secret-0123456789',
          TELEGRAM_API_ROOT: telegram.url,
        },
      )
    ).child;

    // Telegram's limit sets the pace: at 30 a second this takes messages / 30 seconds; give it half again.
    const deadline = performance.now() + (queued / TELEGRAM_LIMIT_PER_S) * 1500 + 60_000;
    let lastReport = performance.now();
    while (telegram.delivered.length < queued && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      if (performance.now() - lastReport >= 30_000) {
        lastReport = performance.now();
        const first = telegram.delivered[0]?.at ?? lastReport;
        const rate = telegram.delivered.length / Math.max(0.001, (lastReport - first) / 1000);
        console.log(
          `  ${telegram.delivered.length} of ${queued} sent, ${rate.toFixed(1)}/s so far; 429s ${telegram.tooFast.toChat + telegram.tooFast.overall}`,
        );
      }
    }
    // A moment more, so a send after the last expected one (a double) would be seen.
    await new Promise((r) => setTimeout(r, 2000));

    const sends = telegram.delivered;
    const first = sends[0]?.at ?? 0;
    const last = sends.at(-1)?.at ?? first;
    const seconds = (last - first) / 1000;
    const perSecond = sends.length > 1 && seconds > 0 ? (sends.length - 1) / seconds : 0;
    // Lost, doubled and out of order, from what Telegram received: each chat gets 1…n once, in order.
    const byChat = new Map<number, { ns: number[]; at: number[] }>();
    for (const s of sends) {
      const chat = byChat.get(s.chatId) ?? { ns: [], at: [] };
      chat.ns.push(Number(/(\d+)\s*⭐/.exec(s.text)?.[1] ?? Number.NaN));
      chat.at.push(s.at);
      byChat.set(s.chatId, chat);
    }
    let doubled = 0;
    let outOfOrder = 0;
    const disorder: string[] = [];
    let minGapMs = Number.POSITIVE_INFINITY;
    for (const { ns, at } of byChat.values()) {
      doubled += ns.length - new Set(ns).size;
      if (ns.some((n, i) => i > 0 && n < (ns[i - 1] ?? 0))) {
        outOfOrder++;
        if (disorder.length < 3) disorder.push(ns.join(','));
      }
      for (let i = 1; i < at.length; i++) minGapMs = Math.min(minGapMs, (at[i] ?? 0) - (at[i - 1] ?? 0));
    }
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT status || CASE WHEN attempts > 1 THEN ' after a retry' ELSE '' END AS status, count(*)::int AS n
         FROM notifications GROUP BY 1 ORDER BY 1`,
    );
    const sentInDb = rows.find((r) => r.status === 'sent')?.n ?? 0;
    const lost = queued - (sends.length - doubled);
    const violations = telegram.tooFast.toChat + telegram.tooFast.overall;
    // Busiest second as Telegram saw it, to show the pace held under the limit throughout.
    let busiest = 0;
    for (let i = 0, j = 0; i < sends.length; i++) {
      while ((sends[i]?.at ?? 0) - (sends[j]?.at ?? 0) >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    console.log(
      `sent ${sends.length} in ${seconds.toFixed(1)} s (first send ${((first - started) / 1000).toFixed(1)} s after the backend was started): ` +
        `${perSecond.toFixed(2)}/s against Telegram's ${TELEGRAM_LIMIT_PER_S}/s; busiest second ${busiest}; ` +
        `closest two sends to one chat ${Number.isFinite(minGapMs) ? minGapMs.toFixed(0) : 'n/a'} ms apart`,
    );
    console.log(
      `429s provoked: ${telegram.tooFast.toChat} for a chat, ${telegram.tooFast.overall} overall; ` +
        `outbox rows: ${rows.map((r) => `${r.status} ${r.n}`).join(', ')}; lost ${lost}, doubled ${doubled}, chats out of order ${outOfOrder}${disorder.length > 0 ? ` (received ${disorder.join('; ')})` : ''}`,
    );
    console.log(
      `RESULT outbox msgs_per_s=${perSecond.toFixed(2)} vs_limit=${(perSecond / TELEGRAM_LIMIT_PER_S).toFixed(3)} violations=${violations} lost=${lost} doubled=${doubled} out_of_order=${outOfOrder}`,
    );
    if (lost > 0 || doubled > 0 || outOfOrder > 0 || violations > 0 || sentInDb !== queued) {
      console.error(
        `FAILED: ${lost} lost, ${doubled} sent twice, ${outOfOrder} chats out of order, ${violations} 429s provoked, ${sentInDb} of ${queued} rows marked sent`,
      );
      process.exitCode = 1;
    }
  } finally {
    backend?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await client.end().catch(() => undefined);
    await telegram.close();
    await database.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
