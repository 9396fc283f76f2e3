import type { PublicTemplate, PublicVariant } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { createRequest } from '../../domain/requests/create-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import { findVariantLink } from '../../domain/templates/find-variant-link.ts';
import { getPublicTemplate } from '../../domain/templates/get-public-template.ts';
import { watchTemplate } from '../../domain/templates/watch-template.ts';
import type { BotContext } from '../context.ts';
import { helpText } from './help.ts';
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
    return void (await ctx.reply(
      ctx.t('bot-limit-reached', { title, count: variant.buyerLimit.count, period: variant.buyerLimit.period }),
    ));
  }
  if (variant.blockedBy === 'paused') return void (await ctx.reply(ctx.t('bot-variant-paused', { title })));
  if (variant.blockedBy !== null) {
    return void (await ctx.reply(ctx.t('bot-sold-out', { title }), {
      reply_markup: new InlineKeyboard().text(ctx.t('bot-notify-me'), `notifyv:${variant.id}`),
    }));
  }
  const keyboard = new InlineKeyboard();
  const last = Math.min(variant.maxNow, variant.minPerOrder + QUANTITY_BUTTONS - 1);
  for (let q = variant.minPerOrder; q <= last; q++) keyboard.text(`${q}`, `buy:${variant.id}:${q}`);
  const note =
    variant.buyerRemaining !== null && variant.buyerLimit
      ? `\n${ctx.t('bot-limit-note', { remaining: variant.buyerRemaining, period: variant.buyerLimit.period })}`
      : '';
  const prompt = ctx.t('bot-buy-prompt', { title, price: variant.price, inStock: variant.inStock ? 'yes' : 'no' });
  await ctx.reply(`${prompt}${note}`, { reply_markup: keyboard });
}

/** The variants of a listing as buttons, each with its price and what is left. */
async function offerVariants(ctx: BotContext, template: PublicTemplate) {
  const keyboard = new InlineKeyboard();
  for (const v of template.variants) {
    const label =
      v.blockedBy !== null
        ? ctx.t('bot-variant-button-sold-out', { title: v.title, price: v.price })
        : v.remaining !== null
          ? ctx.t('bot-variant-button-left', { title: v.title, price: v.price, left: v.remaining })
          : ctx.t('bot-variant-button', { title: v.title, price: v.price });
    keyboard.text(label, `variant:${v.id}`).row();
  }
  await ctx.reply(ctx.t('bot-choose-variant', { title: template.title, price: template.price }), {
    reply_markup: keyboard,
  });
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
    if (!UUID.test(id)) return void (await ctx.reply(helpText(ctx)));
    const found = await resolve(ctx, id);
    if (!found) return void (await ctx.reply(ctx.t('bot-template-gone')));
    const { template, variantId } = found;
    if (!template.purchasable && template.variants.length > 1) return offerVariants(ctx, template);
    if (!template.purchasable || template.variants.length === 0) {
      return void (await ctx.reply(ctx.t('bot-sold-out', { title: template.title }), {
        reply_markup: new InlineKeyboard().text(ctx.t('bot-notify-me'), `notify:${template.id}`),
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
    if (!found || !variant) return void (await ctx.reply(ctx.t('bot-template-gone')));
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
      request.title.slice(0, 32),
      `${request.title} × ${request.quantity}`,
      request.id,
      'XTR',
      [{ label: request.title.slice(0, 32), amount: request.total }],
    );
  });

  feature.callbackQuery(/^notify:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await watchTemplate(asBuyer(ctx), { templateId: ctx.match[1] ?? '' });
    await ctx.reply(ctx.t('bot-will-notify'));
  });

  feature.callbackQuery(/^notifyv:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const link = await findVariantLink(asBuyer(ctx), { variantId: ctx.match[1] ?? '' });
    await watchTemplate(asBuyer(ctx), link);
    await ctx.reply(ctx.t('bot-will-notify'));
  });

  feature.command('purchases', async (ctx) => {
    const { items } = await listRequests(asBuyer(ctx), { role: 'buyer', limit: 10 });
    if (items.length === 0) return void (await ctx.reply(ctx.t('bot-no-requests-yet')));
    for (const r of items) {
      const button = ['delivered', 'disputed', 'completed'].includes(r.status)
        ? appButton(ctx, ctx.t('bot-reveal-in-app'), `req_${r.id}`)
        : null;
      await ctx.reply(
        ctx.t('bot-purchase-line', {
          title: r.title,
          quantity: r.quantity,
          total: r.total,
          status: ctx.t(`status-${r.status}`),
        }),
        button ? { reply_markup: button } : {},
      );
    }
  });

  return feature;
}
