import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Deps } from '../domain/context.ts';
import type { BotContext } from './context.ts';
import { BUYER_COMMANDS } from './features/help.ts';
import { dispatchOutbox } from './outbox/dispatch-outbox.ts';
import { createThrottle } from './outbox/throttle.ts';

const ALLOWED_UPDATES = ['message', 'callback_query', 'pre_checkout_query'] as const;

/**
 * Brings the bot up beside the HTTP server: the command menu, long polling (runner) when
 * asked, and the outbox dispatcher, which runs in every mode because notifications are
 * sent from the outbox whoever received the update. Returns a stop function.
 */
export async function startBot(
  deps: Deps,
  bot: Bot<BotContext>,
  {
    mode,
    miniAppUrl,
    outboxIntervalMs = 1000,
  }: { mode: 'polling' | 'webhook'; miniAppUrl: string | null; outboxIntervalMs?: number },
) {
  let runner: RunnerHandle | null = null;
  try {
    await bot.init();
    await bot.api.setMyCommands(BUYER_COMMANDS);
    if (mode === 'polling') {
      await bot.api.deleteWebhook();
      runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    }
  } catch (e) {
    // Telegram out of reach must not stop the marketplace; the outbox keeps its messages.
    deps.log.error({ err: e }, 'the bot could not start; the API keeps running');
  }

  const throttle = createThrottle();
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? null : dispatchOutbox(deps, bot.api, throttle, { miniAppUrl })))
      .catch((e: unknown) => deps.log.error({ err: e }, 'outbox dispatch failed'));
  }, outboxIntervalMs);

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    if (runner?.isRunning()) await runner.stop();
  };
}
