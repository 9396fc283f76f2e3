import type { Transformer } from 'grammy';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatchOutbox } from '../src/bot/outbox/dispatch-outbox.ts';
import { createThrottle } from '../src/bot/outbox/throttle.ts';
import { queueNotifications } from '../src/domain/notifications/queue-notification.ts';
import { startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

describe('the outbox throttle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the waits together on a fake clock and returns when each was let through, in ms. */
  async function turns(chats: number[], throttle = createThrottle(), advanceMs = 20_000) {
    const start = Date.now();
    const at: { chat: number; ms: number }[] = [];
    const all = Promise.all(
      chats.map((chat) => throttle.wait(chat).then(() => at.push({ chat, ms: Date.now() - start }))),
    );
    await vi.advanceTimersByTimeAsync(advanceMs);
    await all;
    return at;
  }

  it('keeps any 31 sends more than a second apart, with a margin, and lets no second out at once', async () => {
    vi.useFakeTimers();
    const at = await turns(Array.from({ length: 91 }, (_, i) => i + 1));
    const gaps = at.slice(1).map((t, i) => t.ms - (at[i]?.ms ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);
    // In any 1,030 ms there are at most 30: the 31st after any send comes that much later.
    for (let i = 0; i + 30 < at.length; i++)
      expect((at[i + 30]?.ms ?? 0) - (at[i]?.ms ?? 0)).toBeGreaterThanOrEqual(1030);
    // And no slower than that: 90 sends after the first take three windows, give or take the timers.
    expect(at.at(-1)?.ms).toBeLessThanOrEqual(3 * 1030 + 30);
  });

  it('lets no send bunch up behind one that went late', async () => {
    vi.useFakeTimers();
    const throttle = createThrottle();
    const start = Date.now();
    const at: number[] = [];
    const waits = Array.from({ length: 61 }, (_, i) =>
      throttle.wait(i + 1).then(() => {
        at.push(Date.now() - start);
        // The 10th send leaves the event loop busy for 200 ms after its turn.
        if (at.length === 10) vi.advanceTimersByTime(200);
      }),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(waits);
    for (let i = 0; i + 30 < at.length; i++) expect((at[i + 30] ?? 0) - (at[i] ?? 0)).toBeGreaterThanOrEqual(1030);
  });

  it('sends to one chat at most once in 1.03 s, and a chat waiting its turn holds up no other', async () => {
    vi.useFakeTimers();
    const at = await turns([7, 7, 7, 8, 9]);
    const seven = at.filter((t) => t.chat === 7).map((t) => t.ms);
    expect(seven[1]! - seven[0]!).toBeGreaterThanOrEqual(1030);
    expect(seven[2]! - seven[1]!).toBeGreaterThanOrEqual(1030);
    // Chats 8 and 9 go in the first 100 ms, not after chat 7's second and third turns.
    expect(at.filter((t) => t.chat !== 7).every((t) => t.ms < 100)).toBe(true);
  });

  it('does not spend a pause as a burst', async () => {
    vi.useFakeTimers();
    const throttle = createThrottle();
    await turns([1], throttle);
    await vi.advanceTimersByTimeAsync(5000);
    const at = await turns([2, 3], throttle);
    expect(at[1]!.ms - at[0]!.ms).toBeGreaterThanOrEqual(25);
  });
});

describe('the outbox dispatcher', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  /** sendMessage calls as Telegram receives them, with the time. */
  const sends: { chat: number; text: string; at: number }[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps);
    const clock: Transformer = (prev, method, payload, signal) => {
      if (method === 'sendMessage') {
        const p = payload as { chat_id: number; text: string };
        sends.push({ chat: p.chat_id, text: p.text, at: performance.now() });
      }
      return prev(method, payload, signal);
    };
    tg.bot.api.config.use(clock);
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];

  /** Queues `perChat` refunds for each new buyer, one buyer's all before the next's. */
  async function queueFor(buyers: number, perChat: number) {
    await q("update notifications set status = 'sent' where status = 'pending'");
    const chats: { telegramId: number; userId: string }[] = [];
    for (let b = 0; b < buyers; b++) {
      const buyer = app.buyer();
      const [user] = await q<{ id: string }>(
        "insert into users (id, telegram_id, first_name) values (gen_random_uuid(), $1, 'Pace') returning id",
        [buyer.telegramId],
      );
      chats.push({ telegramId: buyer.telegramId, userId: user!.id });
    }
    for (const chat of chats) {
      for (let n = 1; n <= perChat; n++) {
        await app.db.transaction((tx) =>
          queueNotifications(tx, [{ recipientId: chat.userId, kind: 'refund', payload: { requestId: '', amount: n } }]),
        );
      }
    }
    return chats;
  }

  it('sends the head of each chat’s queue in a pass, so no chat waits behind another, each chat in order', async () => {
    const chats = await queueFor(3, 4);
    sends.length = 0;
    const throttle = createThrottle();
    const first = await dispatchOutbox(app.deps, tg.bot.api, throttle);
    // With one chat's four rows queued before the next chat's, the first pass still reaches all three.
    expect(first).toEqual({ sent: 3, failed: 0, retrying: 0, deferred: 0 });
    expect(new Set(sends.map((s) => s.chat))).toEqual(new Set(chats.map((c) => c.telegramId)));
    const ids = chats.map((c) => c.userId);
    const deadline = Date.now() + 20_000;
    while (sends.length < 12 && Date.now() < deadline) {
      const pass = await dispatchOutbox(app.deps, tg.bot.api, throttle);
      if (pass.sent + pass.deferred === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(sends).toHaveLength(12);
    for (const chat of chats) {
      const mine = sends.filter((s) => s.chat === chat.telegramId);
      // Each chat's four, once each and in the order queued, at least a second apart.
      expect(mine.map((s) => s.text)).toEqual([1, 2, 3, 4].map((n) => expect.stringContaining(`${n} ⭐`)));
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.at - mine[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    }
    // Being put back is not an attempt: every row went on its first.
    expect(
      await q('select status, attempts from notifications where recipient_id = any($1) group by 1, 2', [ids]),
    ).toEqual([{ status: 'sent', attempts: 1 }]);
  });

  it('puts rows still waiting their turn back as they were when stopped', async () => {
    const chats = await queueFor(2, 1);
    sends.length = 0;
    const stopping = new AbortController();
    stopping.abort();
    const pass = await dispatchOutbox(app.deps, tg.bot.api, createThrottle(), { signal: stopping.signal });
    expect(pass).toEqual({ sent: 0, failed: 0, retrying: 0, deferred: 2 });
    expect(sends).toHaveLength(0);
    expect(
      await q('select status, attempts from notifications where recipient_id = any($1) group by 1, 2', [
        chats.map((c) => c.userId),
      ]),
    ).toEqual([{ status: 'pending', attempts: 0 }]);
  });

  it('fails what is queued for a user who blocked the bot in one pass, without a call', async () => {
    const [chat] = await queueFor(1, 3);
    await q('update users set blocked_at = now() where id = $1', [chat!.userId]);
    sends.length = 0;
    expect(await dispatchOutbox(app.deps, tg.bot.api, createThrottle())).toEqual({
      sent: 0,
      failed: 3,
      retrying: 0,
      deferred: 0,
    });
    expect(sends).toHaveLength(0);
    expect(await q('select status from notifications where recipient_id = $1 group by 1', [chat!.userId])).toEqual([
      { status: 'failed' },
    ]);
  });
});
