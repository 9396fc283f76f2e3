import { PurchaseRule } from '@codepool/shared';
import { DEFAULT_LOCALE } from '@codepool/shared/i18n';
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError, GrammyError, HttpError, session, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Deps } from '../domain/context.ts';
import { ServiceError } from '../domain/errors.ts';
import { upsertTelegramUser } from '../domain/users/upsert-telegram-user.ts';
import { localeOf } from '../i18n/catalogues.ts';
import { type BotContext, type SessionData, sessionKey, sessionStorage } from './context.ts';
import { buyerFeature } from './features/buyer.ts';
import { dashboardFeature } from './features/dashboard.ts';
import { groupChatsFeature } from './features/group-chats.ts';
import { helpFeature } from './features/help.ts';
import { languageFeature } from './features/language.ts';
import { notSellerFeature } from './features/not-seller.ts';
import { paymentsFeature } from './features/payments.ts';
import { poolsFeature } from './features/pools.ts';
import { requestsFeature } from './features/requests.ts';
import { restockFeature } from './features/restock.ts';
import { isSeller } from './features/shared.ts';
import { supportFeature } from './features/support.ts';
import { templatesFeature } from './features/templates.ts';
import { unhandledFeature } from './features/unhandled.ts';
import { botI18n, botT } from './i18n.ts';

/**
 * A domain refusal as the bot says it. The service writes its messages in English, naming the
 * field or the thing: an English reader gets them as they are; anyone else the catalogue's
 * sentence for the purchase rule it broke, or for its error code.
 */
async function refusalText(ctx: BotContext, e: ServiceError): Promise<string> {
  if ((await ctx.i18n.getLocale()) === DEFAULT_LOCALE) return e.message.charAt(0).toUpperCase() + e.message.slice(1);
  const details = (typeof e.details === 'object' && e.details !== null ? e.details : {}) as Record<string, unknown>;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) if (typeof v === 'string' || typeof v === 'number') args[k] = v;
  if (typeof args.rule === 'string' && PurchaseRule.safeParse(args.rule).success)
    return ctx.t(`rule-${args.rule}`, args);
  return ctx.t(`error-${e.code}`);
}

const TELEGRAM_API_ROOT = 'https://api.telegram.org';
const CLOUD_DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

export type BotOptions = {
  token: string;
  /** A self-hosted Bot API server, or a local one in tests. */
  apiRoot?: string;
  /** Known in tests and webhook mode, so no getMe is needed before the first update. */
  botInfo?: UserFromGetMe;
  /** Where the dashboard sign-in links point. */
  publicUrl?: () => string;
  /** The Mini App's https URL for "Open in app" buttons; none over plain http. */
  miniAppUrl?: string | null;
  /** Installed under auto-retry: tests answer for Telegram here. */
  apiTransformers?: Transformer[];
  /** Largest CSV document /restock takes (IMPORT_MAX_BYTES, as for uploads). */
  importMaxBytes: number;
  /** How long a document download may send nothing before it is given up (tests shorten it). */
  downloadIdleMs?: number;
};

/**
 * The bot: one Composer per feature, a typed context carrying the domain's dependencies
 * and the user behind the update, session state in PostgreSQL, auto-retry on 429, and an
 * error boundary that answers a refused action in one line and never crashes the process.
 * Selling and buying happen in private chats only: whatever the bot answers there (codes,
 * sign-in links, invoices) would be read by everyone in a group.
 */
export function createBot(deps: Deps, options: BotOptions) {
  const { token, apiRoot = TELEGRAM_API_ROOT, botInfo, apiTransformers = [] } = options;
  const bot = new Bot<BotContext>(token, { ...(botInfo ? { botInfo } : {}), client: { apiRoot } });
  if (apiTransformers.length > 0) bot.api.config.use(...apiTransformers);
  // A network error is rethrown, not retried for ever with backoff of up to an hour: the outbox,
  // the refund retry and the jobs have their own bounded retries, and a call that never ends
  // would hold a job's tick (and a shutdown) for good.
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );

  const miniAppUrl = options.miniAppUrl ?? null;
  // The runner (and a webhook) hands over several updates at once: those of one chat wait
  // for each other, so each reads the session the previous one wrote.
  bot.use(sequentialize(sessionKey));
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.miniAppUrl = miniAppUrl;
    if (!ctx.from || ctx.from.is_bot) return next();
    // Writing to the bot again undoes "blocked": the outbox may send to them once more. A
    // word in a group says nothing about whether they still block the bot's private chat.
    ctx.user = await upsertTelegramUser(deps.db, ctx.from, { unblock: ctx.chat?.type === 'private' });
    await next();
  });
  // After the user is known: their stored choice decides the language before Telegram's code does.
  bot.use(botI18n);
  bot.use(session({ initial: (): SessionData => ({}), storage: sessionStorage(deps.db), getSessionKey: sessionKey }));
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      // Domain refusals carry a message written for people, and never item content.
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      if (ctx.chat) await ctx.reply(await refusalText(ctx, e)).catch(() => undefined);
    }
  });

  // Outside the private-chat filter on purpose: a pre_checkout_query has no chat (Telegram
  // must be answered within 10 s all the same), and a successful_payment is money already
  // taken, recorded whichever chat it lands in. Invoices themselves are sent in private only.
  bot.use(paymentsFeature(deps));

  // Every feature is mounted here, under the one filter: a new one cannot forget it.
  const inPrivate = bot.chatType('private');
  inPrivate.use(helpFeature());
  inPrivate.use(languageFeature());
  inPrivate.use(buyerFeature());
  inPrivate.use(supportFeature());
  // The seller features behind one more filter, as the grammY template puts its admin feature
  // behind one: none of them checks the user itself, so none can forget to. What anyone else
  // sends them falls through to notSeller, which answers seller commands and buttons.
  const sellers = inPrivate.filter(isSeller);
  sellers.use(poolsFeature());
  // Telegram's own Bot API serves downloads of at most 20 MB (a self-hosted one has no such
  // limit): say so up front rather than fail at getFile.
  const maxBytes =
    new URL(apiRoot).host === 'api.telegram.org'
      ? Math.min(options.importMaxBytes, CLOUD_DOWNLOAD_MAX_BYTES)
      : options.importMaxBytes;
  sellers.use(
    restockFeature({
      fileUrl: (path) => `${apiRoot}/file/bot${token}/${path}`,
      maxBytes,
      ...(options.downloadIdleMs !== undefined ? { downloadIdleMs: options.downloadIdleMs } : {}),
    }),
  );
  sellers.use(templatesFeature());
  sellers.use(requestsFeature());
  sellers.use(dashboardFeature({ publicUrl: options.publicUrl ?? (() => 'http://localhost:3000') }));
  inPrivate.use(notSellerFeature());
  // Groups, supergroups and channels get a pointer to the private chat and nothing else.
  bot.use(groupChatsFeature());
  bot.use(unhandledFeature());

  bot.catch(async (err: BotError<BotContext>) => {
    const e = err.error;
    if (e instanceof GrammyError) deps.log.error({ method: e.method, description: e.description }, 'Bot API error');
    else if (e instanceof HttpError) deps.log.error({ err: e.error }, 'could not reach Telegram');
    else deps.log.error({ err: e, updateId: err.ctx.update.update_id }, 'bot update failed');
    if (err.ctx.chat) {
      const t = err.ctx.user ? botT(localeOf(err.ctx.user)) : botT(DEFAULT_LOCALE);
      await err.ctx.reply(t('bot-error')).catch(() => undefined);
    }
  });
  return bot;
}
