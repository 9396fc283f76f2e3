import type { Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createBot } from '../src/bot/create-bot.ts';
import { createTelegramGateway } from '../src/bot/telegram-gateway.ts';
import type { Deps } from '../src/domain/context.ts';
import { TEST_BOT_TOKEN } from './harness.ts';

export const BOT_INFO = {
  id: 123456789,
  is_bot: true,
  first_name: 'Codepool Test',
  username: 'codepool_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

export type RecordedCall = { method: string; payload: Record<string, unknown> };

/**
 * The real bot and the real Telegram gateway, with Telegram replaced at its API edge: a
 * transformer records every outgoing call and answers as the Bot API would, failing on
 * demand. Installs the gateway into `deps`, so the app's invoices and refunds go through it.
 */
export type Failure = { code: number; description: string; retryAfter?: number };

/** A Stars transaction as getStarTransactions answers it. */
export type FakeStarTransaction = {
  id: string;
  amount: number;
  date: number;
  source?: Record<string, unknown>;
  receiver?: Record<string, unknown>;
};

/** A chat that is not the user's private chat with the bot. */
export type GroupChat = { id: number; type: 'group' | 'supergroup' | 'channel'; title: string };

export function recordingBot(
  deps: Deps,
  {
    apiRoot,
    publicUrl,
    importMaxBytes = 50 * 1024 * 1024,
    downloadIdleMs,
  }: { apiRoot?: string; publicUrl?: () => string; importMaxBytes?: number; downloadIdleMs?: number } = {},
) {
  const calls: RecordedCall[] = [];
  /** Telegram's own ledger of the bot's Stars: payments in, refunds out, oldest first. */
  const stars: FakeStarTransaction[] = [];
  const partner = (userId: number, payload?: string) => ({
    type: 'user',
    transaction_type: 'invoice_payment',
    user: { id: userId, is_bot: false, first_name: 'Buyer' },
    ...(payload !== undefined ? { invoice_payload: payload } : {}),
  });
  const now = () => Math.floor(Date.now() / 1000);
  const failures = new Map<string, { left: number; failure: Failure }>();
  const delays = new Map<string, { left: number; ms: number }>();
  let messageId = 1000;
  /** The `language_code` Telegram sends for a user, as their Telegram app is set (`speaks`). */
  const languages = new Map<number, string>();
  const userOf = (id: number, first_name: string) => {
    const language_code = languages.get(id);
    return { id, is_bot: false as const, first_name, ...(language_code ? { language_code } : {}) };
  };
  const recorder: Transformer = async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const delay = delays.get(method);
    if (delay && delay.left > 0) {
      delay.left--;
      await new Promise((r) => setTimeout(r, delay.ms));
    }
    const planned = failures.get(method);
    if (planned && planned.left > 0) {
      planned.left--;
      const { code, description, retryAfter } = planned.failure;
      return {
        ok: false,
        error_code: code,
        description,
        ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}),
      } as never;
    }
    if (method === 'refundStarPayment') {
      const p = payload as { user_id: number; telegram_payment_charge_id: string };
      if (stars.some((t) => t.receiver && t.id === p.telegram_payment_charge_id)) {
        return { ok: false, error_code: 400, description: 'Bad Request: CHARGE_ALREADY_REFUNDED' } as never;
      }
      const paid = stars.find((t) => t.source && t.id === p.telegram_payment_charge_id);
      stars.push({
        id: p.telegram_payment_charge_id,
        amount: paid?.amount ?? 0,
        date: now(),
        receiver: partner(p.user_id),
      });
    }
    return { ok: true, result: answerFor(method, payload as Record<string, unknown>) } as never;
  };
  const answerFor = (method: string, p: Record<string, unknown>): unknown => {
    switch (method) {
      case 'createInvoiceLink':
        return `https://t.me/$test_invoice_${calls.length}`;
      case 'sendMessage':
      case 'sendInvoice':
      case 'editMessageText':
        return {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: p.chat_id, type: 'private' },
          text: p.text,
        };
      case 'getStarTransactions': {
        const offset = Number(p.offset ?? 0);
        const limit = Number(p.limit ?? 100);
        return { transactions: stars.slice(offset, offset + limit) };
      }
      case 'getMyStarBalance':
        return {
          amount: stars.reduce((sum, t) => sum + (t.source ? t.amount : -t.amount), 0),
        };
      case 'getFile':
        return {
          file_id: p.file_id,
          file_unique_id: `u${String(p.file_id)}`,
          file_path: `documents/${String(p.file_id)}.csv`,
        };
      default:
        return true;
    }
  };
  const bot = createBot(deps, {
    token: TEST_BOT_TOKEN,
    botInfo: BOT_INFO,
    apiTransformers: [recorder],
    ...(apiRoot ? { apiRoot } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    importMaxBytes,
    ...(downloadIdleMs !== undefined ? { downloadIdleMs } : {}),
  });
  deps.payments = createTelegramGateway(bot.api);
  let updateId = 1;
  /** A payment Telegram took and recorded, whatever happens to its update. */
  const recordStarPayment = (from: number, requestId: string, amount: number, chargeId: string) =>
    void stars.push({ id: chargeId, amount, date: now(), source: partner(from, requestId) });
  return {
    bot,
    calls,
    /** Telegram's Stars ledger, as getStarTransactions serves it; tests may edit it. */
    stars,
    /** A payment whose successful_payment update never reached the bot. */
    payWithoutUpdate: recordStarPayment,
    /** The next `times` calls of `method` fail as the Bot API would (a 500 unless said otherwise). */
    failNext(
      method: string,
      times = 1,
      failure: Failure = { code: 500, description: 'Internal Server Error: test failure' },
    ) {
      failures.set(method, { left: times, failure });
    },
    /** From now on the user's updates carry this `language_code`, as a Telegram app set to that language sends. */
    speaks(userId: number, languageCode: string) {
      languages.set(userId, languageCode);
    },
    /** The next `times` calls of `method` take `ms` longer, as a slow Telegram would. */
    delayNext(method: string, ms: number, times = 1) {
      delays.set(method, { left: times, ms });
    },
    /**
     * A text message from `from`, in their private chat unless `chat` names a group;
     * commands get their bot_command entity.
     */
    async text(from: number, text: string, { chat }: { chat?: GroupChat } = {}) {
      const command = /^\/[a-z_]+(@[A-Za-z0-9_]+)?/.exec(text);
      await bot.handleUpdate({
        update_id: updateId++,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: chat ?? { id: from, type: 'private', first_name: 'User' },
          from: userOf(from, 'User'),
          text,
          ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
        },
      } as Update);
    },
    /** A tap on an inline button carrying `data`, on a message in their private chat or in `chat`. */
    async tap(from: number, data: string, { chat }: { chat?: GroupChat } = {}) {
      await bot.handleUpdate({
        update_id: updateId++,
        callback_query: {
          id: `cb-${updateId}`,
          from: userOf(from, 'User'),
          chat_instance: 'ci',
          data,
          message: {
            message_id: 1,
            date: 0,
            chat: chat ?? { id: from, type: 'private', first_name: 'User' },
            text: 'menu',
          },
        },
      } as Update);
    },
    /** A document sent by `from` (its bytes served by the test's file server). */
    async document(from: number, fileId: string, fileName: string, size: number, { chat }: { chat?: GroupChat } = {}) {
      await bot.handleUpdate({
        update_id: updateId++,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: chat ?? { id: from, type: 'private', first_name: 'User' },
          from: userOf(from, 'User'),
          document: {
            file_id: fileId,
            file_unique_id: `u${fileId}`,
            file_name: fileName,
            file_size: size,
            mime_type: 'text/csv',
          },
        },
      } as Update);
    },
    /** Texts the bot sent to a chat, oldest first. */
    repliesTo(chatId: number): string[] {
      return calls
        .filter((c) => (c.method === 'sendMessage' || c.method === 'editMessageText') && c.payload.chat_id === chatId)
        .map((c) => String(c.payload.text));
    },
    /** Callback data of the inline buttons in the last message to a chat. */
    buttonsTo(chatId: number): string[] {
      const last = calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chatId).at(-1);
      const markup = last?.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
      return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
    },
    /** Feeds one update, as Telegram would send it, with a fresh update id. */
    async send(update: Omit<Update, 'update_id'>) {
      await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
    },
    callsOf(method: string) {
      return calls.filter((c) => c.method === method);
    },
    async preCheckout(from: number, requestId: string, amount: number, currency = 'XTR') {
      const update: Update = {
        update_id: updateId++,
        pre_checkout_query: {
          id: `pcq-${updateId}`,
          from: userOf(from, 'Buyer'),
          currency,
          total_amount: amount,
          invoice_payload: requestId,
        },
      };
      await bot.handleUpdate(update);
      return calls.filter((c) => c.method === 'answerPreCheckoutQuery').at(-1)?.payload;
    },
    async successfulPayment(from: number, requestId: string, amount: number, chargeId: string) {
      if (!stars.some((t) => t.source && t.id === chargeId)) recordStarPayment(from, requestId, amount, chargeId);
      const update: Update = {
        update_id: updateId++,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: from, type: 'private', first_name: 'Buyer' },
          from: userOf(from, 'Buyer'),
          successful_payment: {
            currency: 'XTR',
            total_amount: amount,
            invoice_payload: requestId,
            telegram_payment_charge_id: chargeId,
            provider_payment_charge_id: '',
          },
        },
      };
      await bot.handleUpdate(update);
    },
  };
}
