import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';

/** `/command`, `/command@bot` and the first word after it (a /start payload). */
const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(\S+))?/;
/** What Telegram accepts as a deep-link start parameter. */
const START_PARAM = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Groups, supergroups and channels: everyone there reads what the bot answers, so no feature
 * runs in them (create-bot mounts them all under a private-chat filter). A command gets a
 * pointer to the private chat — a buy link keeps its template — a button gets an alert, and
 * anything else is left alone rather than answered with help, so the bot never chatters in
 * a group. Installed after the private features and before `unhandled`.
 */
export function groupChatsFeature() {
  const feature = new Composer<BotContext>();
  const inGroups = feature.filter((ctx) => ctx.chat !== undefined && ctx.chat.type !== 'private');

  // A group may not let the bot write: then there is nothing more to say, and an error here
  // would only make a webhook's Telegram send the update again.
  const quietly = () => undefined;
  inGroups.on('callback_query', (ctx) =>
    ctx.answerCallbackQuery({ text: ctx.t('bot-private-only'), show_alert: true }).catch(quietly),
  );

  inGroups.on(['message', 'channel_post'], async (ctx) => {
    const match = COMMAND.exec(ctx.msg.text ?? ctx.msg.caption ?? '');
    if (!match) return;
    const [, command, addressee, argument = ''] = match;
    // `/dashboard@other_bot` is another bot's business.
    if (addressee && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    const start = command === 'start' && START_PARAM.test(argument) ? `?start=${argument}` : '';
    await ctx
      .reply(ctx.t('bot-private-only'), {
        reply_markup: new InlineKeyboard().url(
          ctx.t('bot-open-private-chat'),
          `https://t.me/${ctx.me.username}${start}`,
        ),
      })
      .catch(quietly);
  });

  // Whatever else a group sends ends here.
  inGroups.use(() => undefined);
  return feature;
}
