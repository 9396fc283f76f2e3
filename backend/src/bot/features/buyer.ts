import { Composer, InlineKeyboard } from 'grammy';
import { createRequest } from '../../domain/requests/create-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import { getPublicTemplate } from '../../domain/templates/get-public-template.ts';
import { watchTemplate } from '../../domain/templates/watch-template.ts';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';
import { appButton, argsOf, asBuyer } from './shared.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The buyer's side: requests from a deep link (`/start buy_<template>`) paid by a Stars invoice, and /purchases. */
export function buyerFeature() {
  const feature = new Composer<BotContext>();

  feature.command('start', async (ctx) => {
    const payload = argsOf(ctx);
    const templateId = payload.startsWith('buy_') ? payload.slice(4) : '';
    if (!UUID.test(templateId))
      return void (await ctx.reply(ctx.user.isSeller ? `${en.help.buyer}\n\n${en.help.seller}` : en.help.buyer));
    const template = await getPublicTemplate(asBuyer(ctx), { templateId }).catch(() => null);
    if (!template) return void (await ctx.reply(en.templateGone));
    if (!template.purchasable) {
      return void (await ctx.reply(en.soldOut(template.title), {
        reply_markup: new InlineKeyboard().text(en.notifyMe, `notify:${template.id}`),
      }));
    }
    const keyboard = new InlineKeyboard();
    for (let q = 1; q <= Math.min(template.maxQuantity, 5); q++) keyboard.text(`${q}`, `buy:${template.id}:${q}`);
    await ctx.reply(en.buyPrompt(template.title, template.price, template.inStock), { reply_markup: keyboard });
  });

  feature.callbackQuery(/^buy:([0-9a-f-]{36}):(\d{1,3})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const request = await createRequest(asBuyer(ctx), {
      templateId: ctx.match[1] ?? '',
      quantity: Number(ctx.match[2]),
    });
    // Digital goods are paid in Stars: XTR, no provider token; the payload names the request.
    await ctx.replyWithInvoice(
      en.invoiceTitle(request.title).slice(0, 32),
      `${request.title} × ${request.quantity}`,
      request.id,
      'XTR',
      [{ label: request.title.slice(0, 32), amount: request.total }],
    );
  });

  feature.callbackQuery(/^notify:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await watchTemplate(asBuyer(ctx), { templateId: ctx.match[1] ?? '' });
    await ctx.reply(en.willNotify);
  });

  feature.command('purchases', async (ctx) => {
    const { items } = await listRequests(asBuyer(ctx), { role: 'buyer', limit: 10 });
    if (items.length === 0) return void (await ctx.reply(en.noRequestsYet));
    for (const r of items) {
      const button = ['delivered', 'disputed', 'completed'].includes(r.status)
        ? appButton(ctx, 'Reveal in app', `req_${r.id}`)
        : null;
      await ctx.reply(
        `${r.title} × ${r.quantity} — ${r.total} ⭐ — ${en.statusLabel(r.status)}`,
        button ? { reply_markup: button } : {},
      );
    }
  });

  return feature;
}
