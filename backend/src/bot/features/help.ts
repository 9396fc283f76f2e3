import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';

export const SELLER_COMMANDS = [
  { command: 'pools', description: 'Stock per pool' },
  { command: 'newpool', description: 'Create a pool' },
  { command: 'restock', description: 'Add codes to a pool' },
  { command: 'stock', description: 'One pool in detail' },
  { command: 'threshold', description: 'Set the low-stock alert' },
  { command: 'templates', description: 'Your listings' },
  { command: 'bind', description: 'Bind a listing to a pool' },
  { command: 'orders', description: 'Orders waiting for you' },
  { command: 'deliver', description: 'Deliver an order by hand' },
  { command: 'dashboard', description: 'Sign in to the web dashboard' },
  { command: 'purchases', description: 'Your purchases' },
  { command: 'paysupport', description: 'Help with a payment' },
  { command: 'terms', description: 'Terms of sale' },
  { command: 'help', description: 'What I can do' },
];
export const BUYER_COMMANDS = [
  { command: 'purchases', description: 'Your purchases' },
  { command: 'paysupport', description: 'Help with a payment' },
  { command: 'terms', description: 'Terms of sale' },
  { command: 'help', description: 'What I can do' },
];

/** /help, and the seller's command menu set for their chat the first time they ask. */
export function helpFeature() {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    if (ctx.user.isSeller && !ctx.session.sellerCommandsSet && ctx.chat) {
      await ctx.api.setMyCommands(SELLER_COMMANDS, { scope: { type: 'chat', chat_id: ctx.chat.id } });
      ctx.session.sellerCommandsSet = true;
    }
    await ctx.reply(ctx.user.isSeller ? `${en.help.buyer}\n\n${en.help.seller}` : en.help.buyer);
  });
  feature.command('cancel', async (ctx) => {
    delete ctx.session.step;
    await ctx.reply(en.cancelled);
  });
  return feature;
}
