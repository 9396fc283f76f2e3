import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Installed last: anything no feature took gets help, not silence. */
export function unhandledFeature() {
  const feature = new Composer<BotContext>();
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  feature.on('message', (ctx) => ctx.reply(ctx.t('bot-unknown')));
  return feature;
}
