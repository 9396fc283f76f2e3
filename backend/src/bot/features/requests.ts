import { Composer, InlineKeyboard } from 'grammy';
import { resolveDispute } from '../../domain/disputes/resolve-dispute.ts';
import { deliverManually } from '../../domain/requests/deliver-manually.ts';
import { getRequest } from '../../domain/requests/get-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import type { BotContext } from '../context.ts';
import { argsOf, asSeller } from './shared.ts';

export const RESOLVE_BUTTON = /^resolve:([0-9a-f-]{36}):(replace|refund)$/;
export const DELIVER_BUTTON = /^deliver:([0-9a-f-]{36})$/;

/** Said before the seller chooses: a Stars refund gives back the whole charge, not the disputed part. */
function disputedText(
  ctx: BotContext,
  title: string,
  quantity: number,
  cost: { amount: number; items: number; disputedItems: number } | null,
): string {
  if (!cost) return ctx.t('bot-disputed', { title, quantity });
  if (cost.disputedItems >= cost.items) return ctx.t('bot-disputed-whole', { title, quantity, amount: cost.amount });
  return ctx.t('bot-disputed-partial', {
    title,
    quantity,
    disputed: cost.disputedItems,
    items: cost.items,
    amount: cost.amount,
    kept: cost.items - cost.disputedItems,
  });
}

/**
 * /orders, /deliver and dispute answers: the requests a seller owes buyers. Mounted behind the
 * seller filter (create-bot). The command stays /orders: it is what sellers type.
 */
export function requestsFeature() {
  const feature = new Composer<BotContext>();

  feature.command('orders', async (ctx) => {
    const service = asSeller(ctx);
    const [funded, disputed] = await Promise.all([
      listRequests(service, { role: 'seller', status: 'funded', limit: 20 }),
      listRequests(service, { role: 'seller', status: 'disputed', limit: 20 }),
    ]);
    if (funded.items.length + disputed.items.length === 0)
      return void (await ctx.reply(ctx.t('bot-no-requests-waiting')));
    for (const r of funded.items) {
      await ctx.reply(ctx.t('bot-owed-request', { title: r.title, quantity: r.itemsOwed || r.quantity }), {
        reply_markup: new InlineKeyboard().text(ctx.t('bot-button-deliver'), `deliver:${r.id}`),
      });
    }
    for (const r of disputed.items) {
      await ctx.reply(disputedText(ctx, r.title, r.quantity, r.openDispute?.refundCost ?? null), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t('bot-button-replace'), `resolve:${r.id}:replace`)
          .text(ctx.t('bot-button-refund'), `resolve:${r.id}:refund`),
      });
    }
  });

  feature.callbackQuery(RESOLVE_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const action = ctx.match[2] === 'refund' ? 'refund' : 'replace';
    const dispute = await resolveDispute(asSeller(ctx), { requestId: ctx.match[1] ?? '', action });
    await ctx.reply(ctx.t(dispute.status === 'replaced' ? 'bot-replaced' : 'bot-refunding'));
  });

  const startDelivery = async (ctx: BotContext, requestId: string) => {
    const request = await getRequest(asSeller(ctx), { requestId });
    ctx.session.step = { kind: 'deliver', requestId: request.id };
    await ctx.reply(ctx.t('bot-deliver-prompt', { title: request.title }));
  };

  feature.command('deliver', async (ctx) => {
    const id = argsOf(ctx);
    if (!/^[0-9a-f-]{36}$/.test(id))
      return void (await ctx.reply(ctx.t('bot-usage', { usage: ctx.t('bot-usage-deliver') })));
    await startDelivery(ctx, id);
  });

  feature.callbackQuery(DELIVER_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    await startDelivery(ctx, ctx.match[1] ?? '');
  });

  feature.on('message:text', async (ctx, next) => {
    const step = ctx.session.step;
    if (step?.kind !== 'deliver' || ctx.message.text.startsWith('/')) return next();
    delete ctx.session.step;
    try {
      const request = await deliverManually(asSeller(ctx), {
        requestId: step.requestId,
        contents: ctx.message.text.split(/\r?\n/),
      });
      await ctx.reply(ctx.t('bot-delivered', { title: request.title }));
    } finally {
      // The content is the buyer's code: gone from the chat whether the delivery went through or not.
      await ctx.deleteMessage().catch(() => undefined);
    }
  });

  return feature;
}
