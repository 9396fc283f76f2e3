import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../src/bot/outbox/dispatch-outbox.ts';
import { createThrottle } from '../src/bot/outbox/throttle.ts';
import { setBotFace } from '../src/bot/start-bot.ts';
import { queueNotifications } from '../src/domain/notifications/queue-notification.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

/** The bot's main flows for people whose Telegram is set to Russian, and the language switch. */
describe('the bot in Russian', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  beforeAll(async () => {
    app = await startTestApp();
    tg = recordingBot(app.deps, { publicUrl: () => app.base });
  });
  afterAll(() => app.close());

  const q = async <T>(sql: string, params: unknown[] = []) => (await app.db.$client.query(sql, params)).rows as T[];
  const last = (chat: number) => tg.repliesTo(chat).at(-1) ?? '';
  const userId = async (telegramId: number) =>
    (await q<{ id: string }>('select id from users where telegram_id = $1', [telegramId]))[0]?.id ?? '';
  /** Sends what the outbox holds for one user and returns the texts Telegram got. */
  const dispatchTo = async (telegramId: number) => {
    const id = await userId(telegramId);
    await q("update notifications set status = 'sent' where recipient_id <> $1 and status = 'pending'", [id]);
    const before = tg.repliesTo(telegramId).length;
    // A pass sends the head of a chat's queue; each pass here has a throttle of its own, so the
    // next message goes at once rather than a second later (the pace is outbox-pace.test.ts's).
    for (let pass = 0; pass < 10; pass++) {
      await q("update notifications set next_attempt_at = now() - interval '1 second' where recipient_id = $1", [id]);
      const { sent, deferred } = await dispatchOutbox(app.deps, tg.bot.api, createThrottle());
      if (sent + deferred === 0) break;
    }
    return tg.repliesTo(telegramId).slice(before);
  };

  it('sets the menu, the description and the short description in each language', async () => {
    const before = tg.calls.length;
    await setBotFace(tg.bot.api);
    const calls = tg.calls.slice(before);
    const ru = (method: string) => calls.find((c) => c.method === method && c.payload.language_code === 'ru')?.payload;
    const en = (method: string) =>
      calls.find((c) => c.method === method && c.payload.language_code === undefined)?.payload;
    expect(ru('setMyCommands')?.commands).toEqual(
      expect.arrayContaining([
        { command: 'purchases', description: 'Ваши покупки' },
        { command: 'language', description: 'Выбрать язык' },
      ]),
    );
    expect(en('setMyCommands')?.commands).toEqual(
      expect.arrayContaining([{ command: 'purchases', description: 'Your purchases' }]),
    );
    expect(ru('setMyDescription')?.description).toMatch(/^Codepool продаёт цифровые товары/);
    expect(ru('setMyShortDescription')?.short_description).toBe('Цифровые товары через эскроу, оплата звёздами.');
    expect(en('setMyShortDescription')?.short_description).toBe('Digital goods with escrow, paid in Stars.');
  });

  it('buys in Russian: help, the variant question, quantity, invoice, a refused checkout, delivery and purchases', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }, { code: randomCode() }], {
      price: 15,
      maxPerOrder: 3,
    });
    const buyer = app.buyer();
    tg.speaks(buyer.telegramId, 'ru');
    await tg.text(buyer.telegramId, '/help');
    expect(last(buyer.telegramId)).toMatch(/^Codepool продаёт цифровые товары через эскроу/);
    expect(last(buyer.telegramId)).toContain('/language — выбрать язык');

    await tg.text(buyer.telegramId, `/start buy_${shop.templateId}`);
    expect(last(buyer.telegramId)).toBe('Gift card — 15 ⭐ за штуку. Сколько?');
    // A forged button for more than an order may hold: the service's refusal, said by its rule in Russian.
    await tg.tap(buyer.telegramId, `buy:${shop.variantId}:9`);
    expect(last(buyer.telegramId)).toBe('Не больше 3 штук в заказе.');
    await tg.tap(buyer.telegramId, `buy:${shop.variantId}:2`);
    const invoice = tg.callsOf('sendInvoice').at(-1)?.payload;
    expect(invoice).toMatchObject({ chat_id: buyer.telegramId, prices: [{ amount: 30 }] });
    const requestId = String(invoice?.payload);

    // A checkout for the wrong amount is refused in Russian.
    expect(await tg.preCheckout(buyer.telegramId, requestId, 29)).toMatchObject({
      ok: false,
      error_message: 'Цена изменилась; откройте заказ снова.',
    });
    expect(await tg.preCheckout(buyer.telegramId, requestId, 30)).toMatchObject({ ok: true });
    await tg.successfulPayment(buyer.telegramId, requestId, 30, `ru-charge-${randomCode()}`);

    // The delivery notification is in the buyer's language.
    expect(await dispatchTo(buyer.telegramId)).toEqual([
      '✅ Ваша покупка Gift card × 2 выдана. Откройте её в приложении, чтобы увидеть.',
    ]);
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('Gift card × 2 — 30 ⭐ — выдан');
    await tg.text(buyer.telegramId, 'привет');
    expect(last(buyer.telegramId)).toBe('Я не понял. /help — список того, что я умею.');
  });

  it('runs a seller’s day in Russian: pools, restock with Russian plurals, listings, and refusals', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    tg.speaks(chat, 'ru');
    await tg.text(chat, '/pools');
    expect(last(chat)).toBe('У вас ещё нет пулов. Создайте пул: /newpool <название> <тип> [порог].');
    await tg.text(chat, '/newpool Ключи Steam key 5');
    expect(last(chat)).toBe('Пул «Ключи Steam» (key) создан. /restock — добавить коды.');
    await tg.text(chat, '/threshold Нет такого 3');
    expect(last(chat)).toBe('У вас нет пула «Нет такого». /pools — список пулов.');
    await tg.text(chat, '/threshold');
    expect(last(chat)).toBe('Как использовать: /threshold <название пула> <число>');

    await tg.text(chat, '/restock');
    const [choice] = tg.buttonsTo(chat);
    await tg.tap(chat, choice!);
    expect(last(chat)).toMatch(/^Отправьте коды для Ключи Steam: вставьте их \(один ключ в строке\)/);
    const [a, b] = [randomCode(), randomCode()];
    await tg.text(chat, [a, b, a].join('\n'));
    expect(last(chat)).toBe(
      'Ключи Steam пополнен: добавлено 2, пропущено 1 повтор, недействительно 0.\nстрока 3: повтор строки выше в этом файле',
    );
    await tg.tap(chat, choice!);
    await tg.text(chat, [a, b, a, randomCode()].join('\n'));
    expect(last(chat)).toMatch(/^Ключи Steam пополнен: добавлено 1, пропущено 3 повтора, недействительно 0\./);

    await tg.text(chat, '/pools');
    expect(last(chat)).toBe('Ключи Steam: доступно 3 · в резерве 0 · выдано 0 · скоро истекает 0');
    await tg.text(chat, '/templates');
    expect(last(chat)).toBe('У вас ещё нет товаров. Создайте товар в панели или через API.');
    await tg.text(chat, '/orders');
    expect(last(chat)).toBe('Вас ничего не ждёт.');

    // A refusal from the service (a cap under what has sold) is said by its rule, in Russian.
    const buyer = app.buyer();
    tg.speaks(buyer.telegramId, 'ru');
    const shop = await shopWith(app, [{ code: randomCode() }], { price: 5 });
    await app.api('PATCH', `/templates/${shop.templateId}/variants/${shop.variantId}`, {
      auth: shop.seller.auth,
      body: { maxQuantity: 1 },
    });
    const first = await app.api('POST', '/requests', { auth: app.buyer().auth, body: { templateId: shop.templateId } });
    await app.pay(first.body.id, first.body.total);
    await tg.text(buyer.telegramId, `/start v_${shop.variantId}`);
    expect(last(buyer.telegramId)).toBe('Gift card сейчас распродан.');
  });

  it('switches language with /language, for the replies, the notifications and the API, and back to Telegram’s', async () => {
    const buyer = app.buyer();
    tg.speaks(buyer.telegramId, 'ru');
    await tg.text(buyer.telegramId, '/language');
    expect(last(buyer.telegramId)).toBe('На каком языке мне говорить? Сейчас: Русский.');
    expect(tg.buttonsTo(buyer.telegramId)).toEqual(['lang:en', 'lang:ru', 'lang:auto']);

    // A notification queued while the buyer read Russian is sent after they chose English: in English.
    const id = await userId(buyer.telegramId);
    await app.db.transaction((tx) =>
      queueNotifications(tx, [{ recipientId: id, kind: 'reconcile_mismatch', payload: { mismatches: 2 } }]),
    );
    await tg.tap(buyer.telegramId, 'lang:en');
    expect(last(buyer.telegramId)).toBe('I will speak English from now on.');
    expect(await dispatchTo(buyer.telegramId)).toEqual([
      "⚠️ Reconciliation with Telegram found 2 mismatches between Telegram's Stars ledger and ours. See the ledger page in the dashboard.",
    ]);
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('You have not bought anything yet.');
    const me = await app.api('GET', '/me', { auth: buyer.auth });
    expect(me.body).toMatchObject({ locale: 'en', localeChoice: 'en' });

    await tg.text(buyer.telegramId, '/language');
    await tg.tap(buyer.telegramId, 'lang:auto');
    expect(last(buyer.telegramId)).toBe('Теперь я говорю на языке вашего Telegram.');
    await app.db.transaction((tx) =>
      queueNotifications(tx, [{ recipientId: id, kind: 'reconcile_mismatch', payload: { mismatches: 5 } }]),
    );
    expect(await dispatchTo(buyer.telegramId)).toEqual([
      '⚠️ Сверка с Telegram нашла 5 расхождений между журналом звёзд Telegram и нашим. См. страницу журнала в панели.',
    ]);
    // A forged button naming a language without a catalogue changes nothing.
    await tg.tap(buyer.telegramId, 'lang:xx');
    expect((await q<{ locale: string | null }>('select locale from users where id = $1', [id]))[0]?.locale).toBeNull();
  });

  it('follows Telegram’s language with fallbacks: pt-br → pt → English, and the API refuses an unknown choice', async () => {
    const buyer = app.buyer();
    tg.speaks(buyer.telegramId, 'pt-br');
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('You have not bought anything yet.');
    tg.speaks(buyer.telegramId, 'ru-RU');
    await tg.text(buyer.telegramId, '/purchases');
    expect(last(buyer.telegramId)).toBe('Вы ещё ничего не купили.');

    const refused = await app.api('PATCH', '/me', { auth: buyer.auth, body: { locale: 'xx' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    for (const body of [
      { locale: 'ru\u0000' },
      { locale: '('.repeat(300) },
      { locale: 5 },
      {},
      { locale: 'ru', extra: 1 },
    ]) {
      expect((await app.api('PATCH', '/me', { auth: buyer.auth, body })).status).toBe(400);
    }
    const chosen = await app.api('PATCH', '/me', { auth: buyer.auth, body: { locale: 'RU' } });
    expect(chosen.body).toMatchObject({ locale: 'ru', localeChoice: 'ru' });
  });
});
