import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_COMMAND_NAMES, SELLER_COMMAND_NAMES } from '../src/bot/features/help.ts';
import { dispatchOutbox } from '../src/bot/outbox/dispatch-outbox.ts';
import { createThrottle } from '../src/bot/outbox/throttle.ts';
import { queueNotifications } from '../src/domain/notifications/queue-notification.ts';
import { postLoginToken, randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { type GroupChat, recordingBot } from './telegram.ts';

/** IMPORT_MAX_BYTES for this file's bot: small, so a CSV document can exceed it cheaply. */
const IMPORT_MAX_BYTES = 8 * 1024;
/** How long this file's bot waits on a silent download (30 s in production). */
const DOWNLOAD_IDLE_MS = 1500;
const NOT_SELLER = 'That is a seller command. Open a shop from the Mini App first.';
const DOWNLOAD_STALLED = 'Telegram stopped sending that file, so nothing was imported. Please send it again.';

describe('the bot, fed real updates', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  let files: http.Server;
  const served = new Map<string, string>();
  /** Downloads that send these bytes (or nothing, for '') and then go silent, never ending. */
  const stalling = new Map<string, string>();
  const hanging: http.ServerResponse[] = [];
  const downloads: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    // Document downloads go to <apiRoot>/file/bot<token>/<path>: a local server plays that part.
    files = http.createServer((req, res) => {
      const name = req.url?.split('/').at(-1) ?? '';
      downloads.push(name);
      const stall = stalling.get(name);
      if (stall !== undefined) {
        hanging.push(res);
        if (stall === '') return; // not even the headers
        res.writeHead(200, { 'content-type': 'text/csv' });
        return void res.write(stall);
      }
      const body = served.get(name);
      if (body === undefined) return void res.writeHead(404).end();
      // Chunked, without a content-length: only the bytes themselves tell the size.
      res.writeHead(200, { 'content-type': 'text/csv' });
      for (let i = 0; i < body.length; i += 4096) res.write(body.slice(i, i + 4096));
      res.end();
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const apiRoot = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    tg = recordingBot(app.deps, {
      apiRoot,
      publicUrl: () => app.base,
      importMaxBytes: IMPORT_MAX_BYTES,
      downloadIdleMs: DOWNLOAD_IDLE_MS,
    });
  });
  afterAll(async () => {
    for (const res of hanging) res.destroy();
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

  it('refuses every seller command and seller button to buyers, and leaves malformed buttons to unhandled', async () => {
    const buyer = app.buyer();
    const chat = buyer.telegramId;
    const sellerOnly = SELLER_COMMAND_NAMES.filter((c) => !BUYER_COMMAND_NAMES.includes(c));
    for (const command of sellerOnly) {
      const before = tg.repliesTo(chat).length;
      await tg.text(chat, `/${command}`);
      expect(tg.repliesTo(chat).slice(before), command).toEqual([NOT_SELLER]);
    }
    const id = '00000000-0000-4000-8000-000000000000';
    const buttons = [`pool:${id}`, `restock:${id}`, `bind:${id}`, `bindto:${id}`, 'bindto:none'];
    buttons.push(`resolve:${id}:replace`, `resolve:${id}:refund`, `deliver:${id}`);
    for (const data of buttons) {
      const [replies, answers] = [tg.repliesTo(chat).length, tg.callsOf('answerCallbackQuery').length];
      await tg.tap(chat, data);
      expect(tg.repliesTo(chat).slice(replies), data).toEqual([NOT_SELLER]);
      expect(tg.callsOf('answerCallbackQuery').length - answers, data).toBe(1);
    }
    for (const data of ['pool:nope', `resolve:${id}:keep`, 'bindto:']) {
      const [replies, answers] = [tg.repliesTo(chat).length, tg.callsOf('answerCallbackQuery').length];
      await tg.tap(chat, data);
      expect(tg.repliesTo(chat).slice(replies), data).toEqual([]);
      expect(tg.callsOf('answerCallbackQuery').length - answers, data).toBe(1);
    }
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
    // A long run of spaces made the argument regexes backtrack for seconds; read from the end, it is instant.
    const spaces = `x${' '.repeat(60_000)}x`;
    const started = performance.now();
    await tg.text(chat, `/threshold ${spaces}`);
    expect(last(chat)).toContain('Usage: /threshold');
    await tg.text(chat, `/newpool ${spaces}`);
    expect(last(chat)).toContain('Usage: /newpool');
    expect(performance.now() - started).toBeLessThan(1_000);
    await tg.text(chat, '/stock Nope');
    expect(last(chat)).toContain('No pool of yours is called "Nope"');
    await tg.text(chat, '/stock Steam 20');
    expect(last(chat)).not.toContain('from ');
    // A supplier-backed pool says where its stock comes from, and that its source paused.
    const poolId = poolButton!.slice(5);
    const source = await app.api('PUT', `/pools/${poolId}/source`, {
      auth: seller.auth,
      body: {
        mode: 'on_demand',
        kind: 'kinguin',
        productId: 'steam-20',
        maxUnitCost: 1800,
        credentials: { apiKey: 'kinguin-api-key-1234' },
      },
    });
    expect(source.status).toBe(200);
    await app.db.$client.query(`UPDATE supplier_sources SET status = 'paused', paused_reason = NULL WHERE id = $1`, [
      source.body.id,
    ]);
    await tg.text(chat, '/stock Steam 20');
    expect(last(chat)).toContain('\nfrom Kinguin · on demand · paused\n');
    expect(last(chat)).not.toContain('kinguin-api-key-1234');

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
      'Restocked Paste: 2 added, 1 duplicate skipped, 0 invalid.\nline 4: duplicate of an earlier line in this file',
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
    expect(last(chat)).toBe('Restocked Docs: 50 added, 0 duplicates skipped, 0 invalid.');
    const [batch] = await q<{ file_name: string; accepted: number }>(
      "select file_name, accepted from import_batches where file_name = 'supplier.csv'",
    );
    expect(batch?.accepted).toBe(50);
  });

  it('answers every seller and buyer command in a group with a pointer to the private chat, and nothing secret', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const seller = shop.seller.user;
    const group: GroupChat = { id: -1001234500001, type: 'supergroup', title: 'Resellers' };
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    const sent = () => tg.calls.filter((c) => c.payload.chat_id === group.id);
    const commands = [
      ...SELLER_COMMAND_NAMES.map((c) => `/${c}`),
      '/dashboard@codepool_test_bot',
      `/deliver ${req.body.id}`,
      '/newpool Leaked code',
      '/start',
      `/start buy_${shop.templateId}`,
    ];
    for (const command of commands) {
      const before = sent().length;
      await tg.text(seller.telegramId, command, { chat: group });
      const answers = sent().slice(before);
      expect(
        answers.map((c) => c.method),
        command,
      ).toEqual(['sendMessage']);
      expect(answers[0]?.payload.text, command).toBe(
        'Send me this in a private chat: codes, sign-in links and invoices are not for a group.',
      );
      const start = command.startsWith('/start buy_') ? `?start=buy_${shop.templateId}` : '';
      expect(answers[0]?.payload.reply_markup, command).toEqual({
        inline_keyboard: [[{ text: 'Open a private chat', url: `https://t.me/codepool_test_bot${start}` }]],
      });
    }
    // A buyer's deep link in a group opens no purchase either.
    await tg.text(buyer.telegramId, `/start buy_${shop.templateId}`, { chat: group });
    expect(sent().at(-1)?.payload.text).toContain('private chat');

    // Buttons tapped in a group (an old keyboard, or forged data) get an alert and do nothing.
    const taps = [`restock:${shop.poolId}`, `pool:${shop.poolId}`, `buy:${shop.variantId}:1`, `deliver:${req.body.id}`];
    for (const data of taps) {
      const before = tg.calls.length;
      await tg.tap(seller.telegramId, data, { chat: group });
      expect(tg.calls.slice(before), data).toEqual([
        {
          method: 'answerCallbackQuery',
          payload: expect.objectContaining({ show_alert: true, text: expect.stringContaining('private chat') }),
        },
      ]);
    }

    // Groups keep no session; a step left in one from before takes no codes there, pasted or sent as a file.
    expect(await q('select 1 from bot_sessions where key = $1', [String(group.id)])).toEqual([]);
    await q('insert into bot_sessions (key, value) values ($1, $2)', [
      String(group.id),
      { step: { kind: 'restock', poolId: shop.poolId } },
    ]);
    const quiet = sent().length;
    await tg.text(seller.telegramId, 'GROUP-PASTED-CODE-1', { chat: group });
    served.set('group-doc.csv', 'code\nGROUP-DOC-CODE-1\n');
    await tg.document(seller.telegramId, 'group-doc', 'codes.csv', 30, { chat: group });
    // Plain talk in a group, and another bot's command, get no answer at all.
    await tg.text(seller.telegramId, 'hello everyone', { chat: group });
    await tg.text(seller.telegramId, '/dashboard@other_bot', { chat: group });
    expect(sent().slice(quiet)).toEqual([]);

    expect(tg.callsOf('getFile').filter((c) => c.payload.file_id === 'group-doc')).toEqual([]);
    expect(
      await q('select 1 from login_tokens t join users u on u.id = t.user_id where u.telegram_id = $1', [
        seller.telegramId,
      ]),
    ).toEqual([]);
    expect(await q("select 1 from import_batches where pool_id = $1 and source = 'bot'", [shop.poolId])).toEqual([]);
    expect(
      await q('select 1 from purchase_requests where template_id = $1 and id <> $2', [shop.templateId, req.body.id]),
    ).toEqual([]);
    expect(
      tg.calls.some((c) => c.method === 'setMyCommands' && JSON.stringify(c.payload).includes(String(group.id))),
    ).toBe(false);
    expect(JSON.stringify(sent())).not.toMatch(/token=|GROUP-|[A-F0-9]{16}/);

    // Money is not chat-scoped: a pre-checkout query has no chat, and a payment made in a group is still recorded.
    expect(await tg.preCheckout(buyer.telegramId, req.body.id, req.body.total)).toMatchObject({ ok: true });
    await tg.send({
      message: {
        message_id: 7,
        date: Math.floor(Date.now() / 1000),
        chat: group,
        from: { id: buyer.telegramId, is_bot: false, first_name: 'Buyer' },
        successful_payment: {
          currency: 'XTR',
          total_amount: req.body.total,
          invoice_payload: req.body.id,
          telegram_payment_charge_id: `charge-group-${req.body.id}`,
          provider_payment_charge_id: '',
        },
      },
    } as never);
    const [funded] = await q<{ status: string }>('select status from purchase_requests where id = $1', [req.body.id]);
    expect(funded?.status).not.toBe('pending_payment');
  });

  it('runs the updates of one chat one after the other, so neither loses the other’s session write', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Queue code');
    await tg.text(chat, '/restock');
    const [choice] = tg.buttonsTo(chat);
    // The tap reads the session, then waits on a slow Telegram; /help arrives meanwhile.
    tg.delayNext('answerCallbackQuery', 300);
    await Promise.all([tg.tap(chat, choice!), tg.text(chat, '/help')]);
    const [session] = await q<{ value: unknown }>('select value from bot_sessions where key = $1', [String(chat)]);
    expect(session?.value).toEqual({ step: { kind: 'restock', poolId: choice!.slice(8) }, sellerCommandsLocale: 'en' });
    await tg.text(chat, 'QUEUED-CODE-0001');
    expect(last(chat)).toBe('Restocked Queue: 1 added, 0 duplicates skipped, 0 invalid.');
  });

  it('deletes pasted codes when the import or the delivery fails', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    const deletions = () => tg.callsOf('deleteMessage').filter((c) => c.payload.chat_id === chat).length;

    // Restock into a pool that was archived after it was chosen: the import refuses.
    await tg.text(chat, '/newpool Gone code');
    await tg.text(chat, '/restock');
    const [choice] = tg.buttonsTo(chat);
    await tg.tap(chat, choice!);
    expect((await app.api('DELETE', `/pools/${choice!.slice(8)}`, { auth: seller.auth })).status).toBeLessThan(300);
    let before = deletions();
    await tg.text(chat, 'FAILED-RESTOCK-CODE-1');
    expect(last(chat)).toBe('The pool is archived');
    expect(deletions()).toBe(before + 1);

    // A CSV document that cannot be downloaded: nothing imported, the document is gone all the same.
    await tg.text(chat, '/newpool Flaky code');
    await tg.text(chat, '/restock');
    await tg.tap(chat, tg.buttonsTo(chat)[0]!);
    before = deletions();
    await tg.document(chat, 'never-served', 'codes.csv', 100);
    expect(last(chat)).toBe('Something went wrong on our side. Please try again.');
    expect(deletions()).toBe(before + 1);

    // A manual delivery with the wrong number of lines: refused, and the content is gone all the same.
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Hand key', price: 3, currency: 'XTR' },
    });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: tpl.body.id } });
    await app.pay(req.body.id, req.body.total);
    await tg.text(chat, `/deliver ${req.body.id}`);
    before = deletions();
    await tg.text(chat, 'FAILED-DELIVERY-1\nFAILED-DELIVERY-2');
    expect(last(chat)).toBe('Send exactly 1 item(s), one per line; got 2');
    expect(deletions()).toBe(before + 1);

    // A delivery for a request that is no longer waiting (refunded meanwhile): refused, deleted.
    await tg.text(chat, `/deliver ${req.body.id}`);
    await q("update purchase_requests set status = 'refunded' where id = $1", [req.body.id]);
    before = deletions();
    await tg.text(chat, 'FAILED-DELIVERY-3');
    expect(last(chat)).toContain('not waiting for delivery');
    expect(deletions()).toBe(before + 1);
    expect(tg.repliesTo(chat).join('\n')).not.toContain('FAILED-');
  });

  it('refuses a CSV document over IMPORT_MAX_BYTES before downloading it, and cuts off one that lied about its size', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Huge key');
    const restock = async () => {
      await tg.text(chat, '/restock');
      await tg.tap(chat, tg.buttonsTo(chat)[0]!);
    };
    const deletions = () => tg.callsOf('deleteMessage').filter((c) => c.payload.chat_id === chat).length;

    await restock();
    served.set('huge-1.csv', 'key\nHUGE-KEY\n');
    let before = deletions();
    await tg.document(chat, 'huge-1', 'huge.csv', IMPORT_MAX_BYTES + 1);
    expect(last(chat)).toBe('That file is larger than the 8 KB I accept. Split it and send the parts one by one.');
    expect(tg.callsOf('getFile').filter((c) => c.payload.file_id === 'huge-1')).toEqual([]);
    expect(downloads).not.toContain('huge-1.csv');
    expect(deletions()).toBe(before + 1);

    // Telegram's file_size says 100 bytes; the download is 40 times the limit.
    await restock();
    const rows = Array.from({ length: 20_000 }, (_, i) => `LIE-KEY-${String(i).padStart(8, '0')}`);
    served.set('lie-1.csv', `key\n${rows.join('\n')}\n`);
    before = deletions();
    await tg.document(chat, 'lie-1', 'small.csv', 100);
    expect(downloads).toContain('lie-1.csv');
    expect(last(chat)).toBe('That file is larger than the 8 KB I accept. Split it and send the parts one by one.');
    expect(deletions()).toBe(before + 1);
    expect(
      await q('select 1 from pool_items i join pools p on p.id = i.pool_id where p.seller_id = $1', [seller.user.id]),
    ).toEqual([]);
  });

  it('gives up a document download that goes silent, imports nothing of it, and takes the next one', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Stalled key');
    const restock = async () => {
      await tg.text(chat, '/restock');
      await tg.tap(chat, tg.buttonsTo(chat)[0]!);
    };
    const items = () =>
      q('select 1 from pool_items i join pools p on p.id = i.pool_id where p.seller_id = $1', [seller.user.id]);

    // Half a file, then silence: the import had started and must leave nothing behind.
    await restock();
    stalling.set('stall-1.csv', 'key\nSTALL-KEY-1\nSTALL-KEY-2\n');
    const started = Date.now();
    await tg.document(chat, 'stall-1', 'stall.csv', 4096);
    expect(Date.now() - started).toBeLessThan(DOWNLOAD_IDLE_MS + 10_000);
    expect(last(chat)).toBe(DOWNLOAD_STALLED);
    expect(await items()).toEqual([]);

    // A file server that never answers at all.
    await restock();
    stalling.set('stall-2.csv', '');
    await tg.document(chat, 'stall-2', 'silent.csv', 4096);
    expect(last(chat)).toBe(DOWNLOAD_STALLED);

    // The chat is not stuck behind either: the next document imports.
    await restock();
    served.set('after-stall.csv', 'key\nAFTER-STALL-KEY\n');
    await tg.document(chat, 'after-stall', 'after.csv', 30);
    expect(last(chat)).toContain('1 added');
    expect(await items()).toHaveLength(1);
  });

  it('holds documents to the 20 MB Telegram’s own Bot API serves, whatever IMPORT_MAX_BYTES allows', async () => {
    const payments = app.deps.payments;
    // No apiRoot: this bot talks to api.telegram.org (its recorder answers for it).
    const cloud = recordingBot(app.deps, { importMaxBytes: 50 * 1024 * 1024 });
    app.deps.payments = payments;
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await cloud.text(chat, '/newpool Cloud key');
    await cloud.text(chat, '/restock');
    await cloud.tap(chat, cloud.buttonsTo(chat)[0]!);
    await cloud.document(chat, 'cloud-1', 'big.csv', 21 * 1024 * 1024);
    expect(cloud.repliesTo(chat).at(-1)).toBe(
      'That file is larger than the 20 MB I accept. Split it and send the parts one by one.',
    );
    expect(cloud.callsOf('getFile')).toEqual([]);
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
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }], { price: 15, maxPerOrder: 2 });
    const buyer = app.buyer();
    await tg.text(buyer.telegramId, `/start buy_${shop.templateId}`);
    expect(last(buyer.telegramId)).toContain('Gift card — 15 ⭐ each');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual([`buy:${shop.variantId}:1`, `buy:${shop.variantId}:2`]);
    await tg.tap(buyer.telegramId, `buy:${shop.variantId}:2`);
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

  it('asks which variant, shows what is left and the buyer limit, and opens one variant from its own link', async () => {
    const seller = await app.seller();
    const pool = async () => {
      const p = await app.api('POST', '/pools', {
        auth: seller.auth,
        body: { name: `V ${randomCode()}`, deliveryType: 'code' },
      });
      await app.api('POST', `/pools/${p.body.id}/items`, {
        auth: seller.auth,
        body: { items: Array.from({ length: 4 }, () => ({ fields: { code: randomCode() } })) },
      });
      return p.body.id as string;
    };
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: {
        title: 'Steam',
        currency: 'XTR',
        variants: [
          { title: '$10', price: 100, poolId: await pool(), maxQuantity: 12, maxPerOrder: 3 },
          { title: '$25', price: 250, poolId: await pool(), buyerLimit: { count: 2, period: 'day' }, maxPerOrder: 3 },
          { title: '$50', price: 500, poolId: await pool(), maxQuantity: 1 },
        ],
      },
    });
    const [ten, twentyFive, fifty] = tpl.body.variants as { id: string }[];
    // Someone buys the only $50.
    const first = app.buyer();
    const bought = await app.api('POST', '/requests', {
      auth: first.auth,
      body: { templateId: tpl.body.id, variantId: fifty?.id },
    });
    await app.pay(bought.body.id, bought.body.total);

    const buyer = app.buyer();
    await tg.text(buyer.telegramId, `/start buy_${tpl.body.id}`);
    expect(last(buyer.telegramId)).toBe('Steam — from 100 ⭐. Which one?');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual([
      `variant:${ten?.id}`,
      `variant:${twentyFive?.id}`,
      `variant:${fifty?.id}`,
    ]);
    const keyboard = tg.callsOf('sendMessage').at(-1)?.payload as {
      reply_markup: { inline_keyboard: { text: string }[][] };
    };
    const labels = keyboard.reply_markup.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(['$10 — 100 ⭐ · 12 left', '$25 — 250 ⭐', '$50 — 500 ⭐ · sold out']);

    await tg.tap(buyer.telegramId, `variant:${twentyFive?.id}`);
    expect(last(buyer.telegramId)).toBe('Steam · $25 — 250 ⭐ each. How many?\nYou may buy 2 more today.');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual([`buy:${twentyFive?.id}:1`, `buy:${twentyFive?.id}:2`]);
    await tg.tap(buyer.telegramId, `variant:${fifty?.id}`);
    expect(last(buyer.telegramId)).toBe('Steam · $50 is sold out right now.');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual([`notifyv:${fifty?.id}`]);

    // A link to one variant skips the question.
    await tg.text(buyer.telegramId, `/start v_${ten?.id}`);
    expect(last(buyer.telegramId)).toBe('Steam · $10 — 100 ⭐ each. How many?');
    await tg.tap(buyer.telegramId, `buy:${ten?.id}:3`);
    expect(tg.callsOf('sendInvoice').at(-1)?.payload).toMatchObject({
      title: 'Steam · $10',
      prices: [{ amount: 300 }],
    });

    // The seller sees each variant with what it sold under its cap.
    await tg.text(seller.user.telegramId, '/templates');
    expect(last(seller.user.telegramId)).toContain('$50 — 500 ⭐');
    expect(last(seller.user.telegramId)).toContain('1 / 1 sold, 0 left');
    expect(last(seller.user.telegramId)).toContain('max 2 per day per buyer');
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
    expect(result).toEqual({ sent: 1, failed: 0, retrying: 0, deferred: 0 });
    expect(tg.calls.slice(sends).filter((c) => c.method === 'sendMessage').length).toBe(2);
    expect(last(alice.telegramId)).toContain('is delivered');

    tg.failNext('sendMessage', 1, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    const second = await dispatchOutbox(app.deps, tg.bot.api, throttle);
    expect(second).toEqual({ sent: 0, failed: 1, retrying: 0, deferred: 0 });
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
    expect(await dispatchOutbox(app.deps, tg.bot.api, throttle)).toEqual({
      sent: 0,
      failed: 1,
      retrying: 0,
      deferred: 0,
    });
    expect(tg.callsOf('sendMessage').length).toBe(before);

    // Writing to the bot again unblocks; a 500 then backs off and keeps the row pending.
    await tg.text(bob.telegramId, '/help');
    await app.db.transaction((tx) =>
      queueNotifications(tx, [{ recipientId: bobId, kind: 'refund', payload: { requestId: rb!.body.id, amount: 10 } }]),
    );
    tg.failNext('sendMessage', 1);
    // A throttle of its own: Bob's chat had a send (the 403) a moment ago, and pace is not what this checks.
    expect(await dispatchOutbox(app.deps, tg.bot.api, createThrottle())).toEqual({
      sent: 0,
      failed: 0,
      retrying: 1,
      deferred: 0,
    });
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
