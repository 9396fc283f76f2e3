import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../src/bot/outbox/dispatch-outbox.ts';
import { createThrottle } from '../src/bot/outbox/throttle.ts';
import { queueNotifications } from '../src/domain/notifications/queue-notification.ts';
import { postLoginToken, randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

describe('the bot, fed real updates', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  let files: http.Server;
  const served = new Map<string, string>();
  beforeAll(async () => {
    app = await startTestApp();
    // Document downloads go to <apiRoot>/file/bot<token>/<path>: a local server plays that part.
    files = http.createServer((req, res) => {
      const body = served.get(req.url?.split('/').at(-1) ?? '');
      if (body === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/csv' }).end(body);
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const apiRoot = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    tg = recordingBot(app.deps, { apiRoot, publicUrl: () => app.base });
  });
  afterAll(async () => {
    await new Promise((r) => files.close(r));
    await app.close();
  });

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  const last = (chat: number) => tg.repliesTo(chat).at(-1) ?? '';

  it('refuses seller commands to buyers, and answers unknown text with help', async () => {
    const buyer = app.buyer();
    for (const command of ['/pools', '/newpool X code', '/restock', '/orders', '/dashboard', '/bind']) {
      await tg.text(buyer.telegramId, command);
      expect(last(buyer.telegramId), command).toContain('seller command');
    }
    await tg.text(buyer.telegramId, 'hello?');
    expect(last(buyer.telegramId)).toContain('/help');
    await tg.text(buyer.telegramId, '/help');
    expect(last(buyer.telegramId)).toContain('/purchases');
    expect(last(buyer.telegramId)).not.toContain('/restock');
  });

  it('creates a pool, lists pools with counts, shows one, sets its threshold — and refuses bad arguments', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/help');
    expect(tg.callsOf('setMyCommands').at(-1)?.payload).toMatchObject({ scope: { type: 'chat', chat_id: chat } });
    await tg.text(chat, '/pools');
    expect(last(chat)).toContain('no pools');
    await tg.text(chat, '/newpool Gift cards diamonds');
    expect(last(chat)).toContain('Usage: /newpool');
    await tg.text(chat, '/newpool Steam 20 code 5');
    expect(last(chat)).toBe('Pool "Steam 20" (code) created. /restock to add codes.');
    await tg.text(chat, '/newpool Steam 20 code');
    expect(last(chat)).toContain('exists');
    await tg.text(chat, '/pools');
    expect(last(chat)).toBe('Steam 20: 0 available · 0 reserved · 0 delivered · 0 expiring soon');
    const [poolButton] = tg.buttonsTo(chat);
    expect(poolButton).toMatch(/^pool:/);
    await tg.tap(chat, poolButton!);
    expect(last(chat)).toContain('Low-stock alert at 5.');
    await tg.text(chat, '/threshold Steam 20 9');
    expect(last(chat)).toBe('Low-stock alert for Steam 20 set at 9.');
    await tg.text(chat, '/threshold Steam 20 many');
    expect(last(chat)).toContain('Usage: /threshold');
    await tg.text(chat, '/stock Nope');
    expect(last(chat)).toContain('No pool of yours is called "Nope"');

    // Another seller tapping this pool's button (a forged callback) sees nothing of it.
    const other = await app.seller();
    await tg.tap(other.user.telegramId, poolButton!);
    expect(last(other.user.telegramId)).toBe('Pool not found');
    await tg.tap(other.user.telegramId, `restock:${poolButton!.slice(5)}`);
    expect(last(other.user.telegramId)).toBe('Pool not found');
  });

  it('restocks from pasted lines through the import pipeline, deletes the message and never echoes a code', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Paste code');
    await tg.text(chat, '/restock');
    const [choice] = tg.buttonsTo(chat);
    await tg.tap(chat, choice!);
    expect(last(chat)).toContain('code;pin');
    await tg.text(chat, 'PASTE-CODE-0001;1234\nPASTE-CODE-0002\n\nPASTE-CODE-0001;9999');
    expect(last(chat)).toBe(
      'Restocked Paste: 2 added, 1 duplicate(s) skipped, 0 invalid.\nline 4: duplicate of an earlier line in this file',
    );
    expect(tg.callsOf('deleteMessage').at(-1)?.payload).toMatchObject({ chat_id: chat });
    expect(tg.repliesTo(chat).join('\n')).not.toContain('PASTE-CODE');
    const [batch] = await q<{ source: string; accepted: number }>(
      "select source, accepted from import_batches where source = 'bot'",
    );
    expect(batch).toEqual({ source: 'bot', accepted: 2 });
    // The step is over: the next text is not imported.
    await tg.text(chat, 'PASTE-CODE-0003');
    expect(last(chat)).toContain('/help');
  });

  it('restocks from a CSV document fetched through the Bot API', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Docs key');
    await tg.text(chat, '/restock');
    await tg.tap(chat, tg.buttonsTo(chat)[0]!);
    const csv = `key\n${Array.from({ length: 50 }, () => randomCode()).join('\n')}\n`;
    served.set('doc-1.csv', csv);
    await tg.document(chat, 'doc-1', 'supplier.csv', csv.length);
    expect(tg.callsOf('getFile').at(-1)?.payload).toMatchObject({ file_id: 'doc-1' });
    expect(last(chat)).toBe('Restocked Docs: 50 added, 0 duplicate(s) skipped, 0 invalid.');
    const [batch] = await q<{ file_name: string; accepted: number }>(
      "select file_name, accepted from import_batches where file_name = 'supplier.csv'",
    );
    expect(batch?.accepted).toBe(50);
  });

  it('sends a one-time dashboard link that works once', async () => {
    const seller = await app.seller();
    await tg.text(seller.user.telegramId, '/dashboard');
    const link = /https?:\/\/\S+/.exec(last(seller.user.telegramId))?.[0];
    expect(link).toContain('/api/auth/login?token=');
    // Opening it shows a page to confirm on; only its button's post signs in.
    const opened = await fetch(link!, { redirect: 'manual' });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('set-cookie')).toBeNull();
    const first = await postLoginToken(app.base, new URL(link!).searchParams.get('token') ?? '');
    expect(first.res.status).toBe(303);
    expect(first.res.headers.get('set-cookie')).toMatch(/cp_session=[^;]+;.*HttpOnly/i);
    const me = await fetch(`${app.base}/api/me`, { headers: { cookie: first.cookie } });
    expect(((await me.json()) as { isSeller: boolean }).isSeller).toBe(true);
    const again = await fetch(link!, { redirect: 'manual' });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('expired or was already used');
  });

  it('opens a purchase from a deep link and sends a Stars invoice naming the request', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 15, maxQuantity: 2 });
    const buyer = app.buyer();
    await tg.text(buyer.telegramId, `/start buy_${shop.templateId}`);
    expect(last(buyer.telegramId)).toContain('Gift card — 15 ⭐ each');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual([`buy:${shop.templateId}:1`, `buy:${shop.templateId}:2`]);
    await tg.tap(buyer.telegramId, `buy:${shop.templateId}:2`);
    const invoice = tg.callsOf('sendInvoice').at(-1)?.payload;
    expect(invoice).toMatchObject({ chat_id: buyer.telegramId, currency: 'XTR', prices: [{ amount: 30 }] });
    const [req] = await q<{ id: string; total: number }>(
      'select id, total from purchase_requests where template_id = $1',
      [shop.templateId],
    );
    expect(invoice?.payload).toBe(req?.id);
    await tg.text(buyer.telegramId, '/start buy_00000000-0000-4000-8000-000000000000');
    expect(last(buyer.telegramId)).toBe('That listing is not available.');
  });

  it('binds a listing to a pool, and delivers an unbound listing by hand from /orders', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Hand-made key', price: 9, currency: 'XTR' },
    });
    await tg.text(chat, '/templates');
    expect(last(chat)).toContain('Hand-made key — 9 ⭐, manual delivery');

    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: tpl.body.id } });
    await app.pay(req.body.id, req.body.total);
    await tg.text(chat, '/orders');
    expect(tg.buttonsTo(chat)).toEqual([`deliver:${req.body.id}`]);
    await tg.tap(chat, `deliver:${req.body.id}`);
    await tg.text(chat, 'HAND-DELIVERED-SECRET');
    expect(last(chat)).toBe('Delivered Hand-made key. The buyer was told.');
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.body.items[0].fields[0].value).toBe('HAND-DELIVERED-SECRET');

    await tg.text(chat, '/newpool Keys key');
    await tg.text(chat, '/bind');
    await tg.tap(chat, `bind:${tpl.body.id}`);
    const poolChoice = tg.buttonsTo(chat).find((b) => b.startsWith('bindto:') && b !== 'bindto:none');
    await tg.tap(chat, poolChoice!);
    expect(last(chat)).toBe('Hand-made key now sells from Keys.');
  });

  it('dispatches the outbox: waits out a 429, marks a user who blocked the bot, backs off on errors', async () => {
    await q("update notifications set status = 'sent' where status = 'pending'");
    const alice = app.buyer('Alice');
    const bob = app.buyer('Bob');
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }]);
    const [ra, rb] = await Promise.all(
      [alice, bob].map((b) => app.api('POST', '/requests', { auth: b.auth, body: { templateId: shop.templateId } })),
    );
    await app.pay(ra!.body.id, ra!.body.total);
    await app.pay(rb!.body.id, rb!.body.total);
    const userOf = async (tgId: number) =>
      (await q<{ id: string }>('select id from users where telegram_id = $1', [tgId]))[0]!.id;
    const [aliceId, bobId] = [await userOf(alice.telegramId), await userOf(bob.telegramId)];
    await q("update notifications set status = 'sent' where recipient_id <> all($1) and status = 'pending'", [
      [aliceId, bobId],
    ]);

    // Alice's first send hits a 429; auto-retry waits retry_after and sends again.
    tg.failNext('sendMessage', 1, { code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const sends = tg.calls.length;
    const throttle = createThrottle();
    // Rows go out by due time: Alice's first (one per call here), then Bob's meets a 403.
    await q("update notifications set next_attempt_at = now() - interval '1 minute' where recipient_id = $1", [
      aliceId,
    ]);
    const result = await dispatchOutbox(app.deps, tg.bot.api, throttle, { limit: 1 });
    expect(result).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(tg.calls.slice(sends).filter((c) => c.method === 'sendMessage').length).toBe(2);
    expect(last(alice.telegramId)).toContain('is delivered');

    tg.failNext('sendMessage', 1, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    const second = await dispatchOutbox(app.deps, tg.bot.api, throttle);
    expect(second).toEqual({ sent: 0, failed: 1, retrying: 0 });
    expect(
      (await q<{ blocked: boolean }>('select blocked_at is not null as blocked from users where id = $1', [bobId]))[0]
        ?.blocked,
    ).toBe(true);
    expect(await q('select status, last_error from notifications where recipient_id = $1', [bobId])).toEqual([
      { status: 'failed', last_error: 'Forbidden: bot was blocked by the user' },
    ]);

    // A blocked user is not retried: new rows for Bob fail without a call.
    await app.db.transaction((tx) =>
      queueNotifications(tx, [{ recipientId: bobId, kind: 'refund', payload: { requestId: rb!.body.id, amount: 10 } }]),
    );
    const before = tg.callsOf('sendMessage').length;
    expect(await dispatchOutbox(app.deps, tg.bot.api, throttle)).toEqual({ sent: 0, failed: 1, retrying: 0 });
    expect(tg.callsOf('sendMessage').length).toBe(before);

    // Writing to the bot again unblocks; a 500 then backs off and keeps the row pending.
    await tg.text(bob.telegramId, '/help');
    await app.db.transaction((tx) =>
      queueNotifications(tx, [{ recipientId: bobId, kind: 'refund', payload: { requestId: rb!.body.id, amount: 10 } }]),
    );
    tg.failNext('sendMessage', 1);
    expect(await dispatchOutbox(app.deps, tg.bot.api, throttle)).toEqual({ sent: 0, failed: 0, retrying: 1 });
    const [pending] = await q<{ status: string; later: boolean }>(
      "select status, next_attempt_at > now() + interval '5 seconds' as later from notifications where recipient_id = $1 order by id desc limit 1",
      [bobId],
    );
    expect(pending).toEqual({ status: 'pending', later: true });
    // Nothing in the outbox ever held a code.
    expect(JSON.stringify(await q('select payload from notifications'))).not.toMatch(/[A-F0-9]{16}/);
  });

  it('tells buyers who asked when a sold-out listing is back in stock', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const first = app.buyer();
    const req = await app.api('POST', '/requests', { auth: first.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const waiting = app.buyer();
    await tg.text(waiting.telegramId, `/start buy_${shop.templateId}`);
    expect(last(waiting.telegramId)).toBe('Gift card is sold out right now.');
    await tg.tap(waiting.telegramId, `notify:${shop.templateId}`);
    await tg.tap(waiting.telegramId, `notify:${shop.templateId}`);
    expect(last(waiting.telegramId)).toContain('I will tell you');
    await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() } }] },
    });
    const told = await q<{ telegram_id: string }>(
      "select u.telegram_id::text from notifications n join users u on u.id = n.recipient_id where n.kind = 'back_in_stock' and n.payload->>'templateId' = $1",
      [shop.templateId],
    );
    expect(told).toEqual([{ telegram_id: String(waiting.telegramId) }]);
  });

  it('lists a buyer’s purchases with their status, and starts a manual delivery by /deliver <id>', async () => {
    const seller = await app.seller();
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Voucher', price: 4, currency: 'XTR' },
    });
    const buyer = app.buyer();
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('You have not bought anything yet.');
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: tpl.body.id } });
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('Voucher × 1 — 4 ⭐ — awaiting payment');
    await app.pay(req.body.id, req.body.total);
    await tg.text(seller.user.telegramId, '/deliver nonsense');
    expect(last(seller.user.telegramId)).toContain('Usage: /deliver');
    await tg.text(seller.user.telegramId, `/deliver ${req.body.id}`);
    expect(last(seller.user.telegramId)).toContain('Paste the content to deliver for Voucher');
    await tg.text(seller.user.telegramId, '/cancel');
    expect(last(seller.user.telegramId)).toBe('Stopped.');
    await tg.text(seller.user.telegramId, 'NOT-DELIVERED');
    expect(last(seller.user.telegramId)).toContain('/help');
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('Voucher × 1 — 4 ⭐ — paid, being delivered');
    // Another seller cannot deliver it.
    const other = await app.seller();
    await tg.text(other.user.telegramId, `/deliver ${req.body.id}`);
    expect(last(other.user.telegramId)).toBe('Purchase request not found');
  });
});
