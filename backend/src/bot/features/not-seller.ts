import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { SELLER_ONLY_COMMAND_NAMES } from './help.ts';
import { POOL_BUTTON } from './pools.ts';
import { DELIVER_BUTTON, RESOLVE_BUTTON } from './requests.ts';
import { RESTOCK_BUTTON } from './restock.ts';
import { isSeller } from './shared.ts';
import { BIND_BUTTON, BIND_TO_BUTTON } from './templates.ts';

/** The commands of the seller menu a buyer's menu lacks: those of the seller features. */
const SELLER_BUTTONS = [POOL_BUTTON, RESTOCK_BUTTON, BIND_BUTTON, BIND_TO_BUTTON, RESOLVE_BUTTON, DELIVER_BUTTON];

/**
 * The seller features run behind one filter (create-bot); what anyone else sends them falls
 * through it to here, installed right after: a seller command or a seller button is told it
 * needs a seller, anything else goes on to the features after.
 */
export function notSellerFeature() {
  const feature = new Composer<BotContext>();
  const others = feature.drop(isSeller);
  others.command(SELLER_ONLY_COMMAND_NAMES, (ctx) => ctx.reply(ctx.t('bot-not-seller')));
  others.callbackQuery(SELLER_BUTTONS, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('bot-not-seller'));
  });
  return feature;
}
