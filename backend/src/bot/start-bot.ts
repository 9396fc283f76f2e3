import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_LOCALE } from '@codepool/shared/i18n';
import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Api, Bot } from 'grammy';
import type { LanguageCode } from 'grammy/types';
import type { Deps } from '../domain/context.ts';
import { AVAILABLE_LOCALES } from '../i18n/catalogues.ts';
import { within } from '../lib/shutdown.ts';
import type { BotContext } from './context.ts';
import { BUYER_COMMAND_NAMES, commandsIn } from './features/help.ts';
import { botT } from './i18n.ts';
import { dispatchOutbox } from './outbox/dispatch-outbox.ts';
import { createThrottle } from './outbox/throttle.ts';

/**
 * The bot's face in each language: the command menu, the description (shown before a chat
 * starts) and the short description (the profile), so Telegram shows each user their own.
 * English is the default for every language without a catalogue.
 */
export async function setBotFace(api: Api, signal?: Parameters<Api['setMyCommands']>[2]) {
  const done = new Set<string>();
  for (const locale of [DEFAULT_LOCALE, ...AVAILABLE_LOCALES]) {
    // Telegram takes two-letter language codes; `pt-br` speaks for `pt`.
    const code = locale.split('-')[0]?.toLowerCase() ?? DEFAULT_LOCALE;
    if (done.has(code)) continue;
    done.add(code);
    const t = botT(locale);
    const language = locale === DEFAULT_LOCALE ? {} : { language_code: code as LanguageCode };
    await api.setMyCommands(commandsIn(t, BUYER_COMMAND_NAMES), language, signal);
    await api.setMyDescription(t('bot-description'), language, signal);
    await api.setMyShortDescription(t('bot-short-description'), language, signal);
  }
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'pre_checkout_query'] as const;

/**
 * Brings the bot up beside the HTTP server: the command menu, long polling (runner) when
 * asked, and the outbox dispatcher, which runs in every mode because notifications are
 * sent from the outbox whoever received the update. Returns a stop function at once:
 * Telegram is reached in the background, so a slow or unreachable Telegram holds up
 * neither readiness nor shutdown; it is tried again with backoff until it answers, and
 * long polling that fails (a 409 from a second poller, a network that stays down) is
 * started again the same way. The stop function returns within `stopTimeoutMs`.
 */
export function startBot(
  deps: Deps,
  bot: Bot<BotContext>,
  {
    mode,
    miniAppUrl,
    outboxIntervalMs = 1000,
    retryMs = { first: 1000, max: 60_000 },
    stopTimeoutMs = 3000,
  }: {
    mode: 'polling' | 'webhook';
    miniAppUrl: string | null;
    outboxIntervalMs?: number;
    retryMs?: { first: number; max: number };
    stopTimeoutMs?: number;
  },
) {
  const stopping = new AbortController();
  const { signal } = stopping;
  // grammY types its signal with the abort-controller polyfill's type; at run time it is this one.
  const apiSignal = signal as unknown as Parameters<Bot['init']>[0];
  let runner: RunnerHandle | null = null;

  const connect = async () => {
    for (let attempt = 1; !signal.aborted; attempt++) {
      try {
        await bot.init(apiSignal);
        await setBotFace(bot.api, apiSignal);
        if (mode === 'polling') await bot.api.deleteWebhook(undefined, apiSignal);
        if (signal.aborted) return;
        deps.log.info({ attempt }, 'the bot reached Telegram');
        if (mode === 'webhook') return;
        runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
        // Resolves when stopped; rejects when polling failed for good.
        await runner.task();
        return;
      } catch (e) {
        if (signal.aborted) return;
        const retryInMs = Math.min(retryMs.first * 2 ** (attempt - 1), retryMs.max);
        // Telegram out of reach must not stop the marketplace; the outbox keeps its messages.
        deps.log.error({ err: e, attempt, retryInMs }, 'the bot could not reach Telegram; the API keeps running');
        await sleep(retryInMs, undefined, { signal }).catch(() => undefined);
      }
    }
  };
  const connecting = connect();

  // The outbox is sent from continuously while it has work, so a backlog goes out at the
  // throttle's pace; when it is empty, it is looked at every `outboxIntervalMs`.
  const throttle = createThrottle();
  const dispatching = (async () => {
    while (!signal.aborted) {
      const done = await dispatchOutbox(deps, bot.api, throttle, { miniAppUrl, signal }).catch((e: unknown) => {
        deps.log.error({ err: e }, 'outbox dispatch failed');
        return null;
      });
      const worked = done !== null && done.sent + done.failed + done.retrying + done.deferred > 0;
      if (!worked) await sleep(outboxIntervalMs, undefined, { signal }).catch(() => undefined);
    }
  })();

  return async () => {
    stopping.abort();
    const stopped = (async () => {
      if (runner?.isRunning()) await runner.stop();
      await Promise.all([connecting, dispatching]);
    })();
    // A send to a Telegram that never answers, a handler that never returns: not our shutdown's problem.
    if (!(await within(stopped, stopTimeoutMs))) {
      deps.log.warn({ stopTimeoutMs }, 'the bot did not stop in time; leaving it behind');
    }
  };
}
