import { Composer, InlineKeyboard } from 'grammy';
import { resolveDispute } from '../../domain/disputes/resolve-dispute.ts';
import { deliverManually } from '../../domain/requests/deliver-manually.ts';
import { getRequest } from '../../domain/requests/get-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';
import { argsOf, asSeller, requireSeller } from './shared.ts';

/** /orders, /deliver and dispute answers: what a seller owes buyers. */
export function ordersFeature() {
  const feature = new Composer<BotContext>();

  feature.command('orders', async (ctx) => {
    if (!(await requireSeller(ctx))) return;
    const service = asSeller(ctx);
    const [funded, disputed] = await Promise.all([
      listRequests(service, { role: 'seller', status: 'funded', limit: 20 }),
      listRequests(service, { role: 'seller', status: 'disputed', limit: 20 }),
    ]);
    if (funded.items.length + disputed.items.length === 0) return void (await ctx.reply(en.noOrders));
    for (const r of funded.items) {
      await ctx.reply(`📦 ${r.title} × ${r.itemsOwed || r.quantity} — paid, deliver by hand`, {
        reply_markup: new InlineKeyboard().text('Deliver', `deliver:${r.id}`),
      });
    }
    for (const r of disputed.items) {
      await ctx.reply(en.disputedOrder(r.title, r.quantity, r.openDispute?.refundCost ?? null), {
        reply_markup: new InlineKeyboard()
          .text('Replace', `resolve:${r.id}:replace`)
          .text('Refund', `resolve:${r.id}:refund`),
      });
    }
  });

  feature.callbackQuery(/^resolve:([0-9a-f-]{36}):(replace|refund)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await requireSeller(ctx))) return;
    const action = ctx.match[2] === 'refund' ? 'refund' : 'replace';
    const dispute = await resolveDispute(asSeller(ctx), { requestId: ctx.match[1] ?? '', action });
    await ctx.reply(dispute.status === 'replaced' ? 'Replaced. The buyer was told.' : 'Refunding. The buyer was told.');
  });

  const startDelivery = async (ctx: BotContext, requestId: string) => {
    const request = await getRequest(asSeller(ctx), { requestId });
    ctx.session.step = { kind: 'deliver', requestId: request.id };
    await ctx.reply(en.deliverPrompt(request.title));
  };

  feature.command('deliver', async (ctx) => {
    if (!(await requireSeller(ctx))) return;
    const id = argsOf(ctx);
    if (!/^[0-9a-f-]{36}$/.test(id)) return void (await ctx.reply(en.usage('/deliver <request id> (see /orders)')));
    await startDelivery(ctx, id);
  });

  feature.callbackQuery(/^deliver:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await requireSeller(ctx))) return;
    await startDelivery(ctx, ctx.match[1] ?? '');
  });

  feature.on('message:text', async (ctx, next) => {
    const step = ctx.session.step;
    if (step?.kind !== 'deliver' || !ctx.user.isSeller || ctx.message.text.startsWith('/')) return next();
    delete ctx.session.step;
    try {
      const request = await deliverManually(asSeller(ctx), {
        requestId: step.requestId,
        contents: ctx.message.text.split(/\r?\n/),
      });
      await ctx.reply(en.delivered(request.title));
    } finally {
      // The content is the buyer's code: gone from the chat whether the delivery went through or not.
      await ctx.deleteMessage().catch(() => undefined);
    }
  });

  return feature;
}
