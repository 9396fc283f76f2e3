import type { PublicTemplate, PublicVariant } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { createRequest } from '../../domain/requests/create-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import { findVariantLink } from '../../domain/templates/find-variant-link.ts';
import { getPublicTemplate } from '../../domain/templates/get-public-template.ts';
import { watchTemplate } from '../../domain/templates/watch-template.ts';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';
import { appButton, argsOf, asBuyer } from './shared.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Quantity buttons shown at most: the Mini App's stepper goes further. */
const QUANTITY_BUTTONS = 5;

/** The listing and variant a button or deep link names: a variant id, or (buttons sent before variants) a listing id. */
async function resolve(ctx: BotContext, id: string): Promise<{ template: PublicTemplate; variantId?: string } | null> {
  const link = await findVariantLink(asBuyer(ctx), { variantId: id }).catch(() => null);
  const template = await getPublicTemplate(asBuyer(ctx), { templateId: link?.templateId ?? id }).catch(() => null);
  if (!template) return null;
  return link ? { template, variantId: link.variantId } : { template };
}

/** One variant: its price and quantity buttons, or why it cannot be bought now. */
async function offerVariant(ctx: BotContext, template: PublicTemplate, variant: PublicVariant) {
  const title = template.variants.length > 1 ? `${template.title} · ${variant.title}` : template.title;
  if (variant.blockedBy === 'buyer_limit' && variant.buyerLimit) {
    return void (await ctx.reply(en.limitReached(title, variant.buyerLimit.count, variant.buyerLimit.period)));
  }
  if (variant.blockedBy === 'paused') return void (await ctx.reply(en.variantPaused(title)));
  if (variant.blockedBy !== null) {
    return void (await ctx.reply(en.soldOut(title), {
      reply_markup: new InlineKeyboard().text(en.notifyMe, `notifyv:${variant.id}`),
    }));
  }
  const keyboard = new InlineKeyboard();
  const last = Math.min(variant.maxNow, variant.minPerOrder + QUANTITY_BUTTONS - 1);
  for (let q = variant.minPerOrder; q <= last; q++) keyboard.text(`${q}`, `buy:${variant.id}:${q}`);
  const note =
    variant.buyerRemaining !== null && variant.buyerLimit
      ? en.limitNote(variant.buyerRemaining, variant.buyerLimit.period)
      : '';
  await ctx.reply(`${en.buyPrompt(title, variant.price, variant.inStock)}${note}`, { reply_markup: keyboard });
}

/** The variants of a listing as buttons, each with its price and what is left. */
async function offerVariants(ctx: BotContext, template: PublicTemplate) {
  const keyboard = new InlineKeyboard();
  for (const v of template.variants) {
    keyboard.text(en.variantButton(v.title, v.price, v.remaining, v.blockedBy !== null), `variant:${v.id}`).row();
  }
  await ctx.reply(en.chooseVariant(template.title, template.price), { reply_markup: keyboard });
}

/**
 * The buyer's side: requests from a deep link (`/start buy_<listing>`, or `v_<variant>` for one
 * variant) paid by a Stars invoice, and /purchases. A listing with several variants asks which.
 */
export function buyerFeature() {
  const feature = new Composer<BotContext>();

  feature.command('start', async (ctx) => {
    const payload = argsOf(ctx);
    const id = payload.startsWith('buy_') ? payload.slice(4) : payload.startsWith('v_') ? payload.slice(2) : '';
    if (!UUID.test(id))
      return void (await ctx.reply(ctx.user.isSeller ? `${en.help.buyer}\n\n${en.help.seller}` : en.help.buyer));
    const found = await resolve(ctx, id);
    if (!found) return void (await ctx.reply(en.templateGone));
    const { template, variantId } = found;
    if (!template.purchasable && template.variants.length > 1) return offerVariants(ctx, template);
    if (!template.purchasable || template.variants.length === 0) {
      return void (await ctx.reply(en.soldOut(template.title), {
        reply_markup: new InlineKeyboard().text(en.notifyMe, `notify:${template.id}`),
      }));
    }
    const chosen = template.variants.find((v) => v.id === variantId);
    const [only] = template.variants;
    if (chosen) return offerVariant(ctx, template, chosen);
    if (template.variants.length === 1 && only) return offerVariant(ctx, template, only);
    await offerVariants(ctx, template);
  });

  feature.callbackQuery(/^variant:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const found = await resolve(ctx, ctx.match[1] ?? '');
    const variant = found?.template.variants.find((v) => v.id === found.variantId);
    if (!found || !variant) return void (await ctx.reply(en.templateGone));
    await offerVariant(ctx, found.template, variant);
  });

  feature.callbackQuery(/^buy:([0-9a-f-]{36}):(\d{1,3})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const id = ctx.match[1] ?? '';
    const link = await findVariantLink(asBuyer(ctx), { variantId: id }).catch(() => null);
    const request = await createRequest(asBuyer(ctx), {
      templateId: link?.templateId ?? id,
      ...(link ? { variantId: link.variantId } : {}),
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

  feature.callbackQuery(/^notifyv:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const link = await findVariantLink(asBuyer(ctx), { variantId: ctx.match[1] ?? '' });
    await watchTemplate(asBuyer(ctx), link);
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
