import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export const SELLER_ONLY_COMMAND_NAMES = [
  'pools',
  'newpool',
  'restock',
  'stock',
  'threshold',
  'templates',
  'bind',
  'orders',
  'deliver',
  'dashboard',
];
const BUYER = ['purchases', 'paysupport', 'terms', 'language', 'help'];

/** The command menus, each description in the reader's language. */
export const SELLER_COMMAND_NAMES = [...SELLER_ONLY_COMMAND_NAMES, ...BUYER];
export const BUYER_COMMAND_NAMES = BUYER;
export const commandsIn = (t: (key: string) => string, names: readonly string[]) =>
  names.map((command) => ({ command, description: t(`bot-cmd-${command}`) }));

/** The help text for this user: the buyer's, and the seller's commands for a seller. */
export function helpText(ctx: BotContext): string {
  return ctx.user.isSeller ? `${ctx.t('bot-help-buyer')}\n\n${ctx.t('bot-help-seller')}` : ctx.t('bot-help-buyer');
}

/**
 * /help, and the seller's command menu set for their chat (in their language) the first time
 * they ask, and again after they change language.
 */
export function helpFeature() {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    const locale = await ctx.i18n.getLocale();
    if (ctx.user.isSeller && ctx.session.sellerCommandsLocale !== locale && ctx.chat) {
      await ctx.api.setMyCommands(commandsIn(ctx.t, SELLER_COMMAND_NAMES), {
        scope: { type: 'chat', chat_id: ctx.chat.id },
      });
      ctx.session.sellerCommandsLocale = locale;
    }
    await ctx.reply(helpText(ctx));
  });
  feature.command('cancel', async (ctx) => {
    delete ctx.session.step;
    await ctx.reply(ctx.t('bot-cancelled'));
  });
  return feature;
}
