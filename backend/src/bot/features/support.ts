import { DisputeReason } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { openDispute } from '../../domain/disputes/open-dispute.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import type { BotContext } from '../context.ts';
import { asBuyer } from './shared.ts';

/** What a buyer can still report a problem about: delivered and inside its dispute window. */
const REPORTABLE = new Set(['delivered']);
const REASONS = DisputeReason.options.filter((r) => r !== 'other');

/**
 * /paysupport (Telegram requires it of every bot that takes payments) and /terms: how to
 * get help, the buyer's recent purchases, and a button to report a problem with one, which
 * opens a dispute exactly as the Mini App does.
 */
export function supportFeature() {
  const feature = new Composer<BotContext>();

  feature.command('paysupport', async (ctx) => {
    const { items } = await listRequests(asBuyer(ctx), { role: 'buyer', limit: 5 });
    await ctx.reply(ctx.t('bot-pay-support'));
    if (items.length === 0) return void (await ctx.reply(ctx.t('bot-no-requests-yet')));
    for (const r of items) {
      const line = ctx.t('bot-purchase-line-order', {
        title: r.title,
        quantity: r.quantity,
        total: r.total,
        status: ctx.t(`status-${r.status}`),
        order: r.id.slice(0, 8),
      });
      const open =
        REPORTABLE.has(r.status) && (!r.disputeWindowEndsAt || Date.parse(r.disputeWindowEndsAt) > Date.now());
      await ctx.reply(
        line,
        open ? { reply_markup: new InlineKeyboard().text(ctx.t('bot-report-problem'), `report:${r.id}`) } : {},
      );
    }
  });

  feature.command('terms', (ctx) => ctx.reply(ctx.t('bot-terms')));

  feature.callbackQuery(/^report:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const reason of REASONS)
      keyboard.text(ctx.t(`dispute-reason-${reason}`), `report:${ctx.match[1]}:${reason}`).row();
    await ctx.reply(ctx.t('bot-what-is-wrong'), { reply_markup: keyboard });
  });

  feature.callbackQuery(/^report:([0-9a-f-]{36}):([a-z_]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const reason = DisputeReason.safeParse(ctx.match[2]);
    if (!reason.success || reason.data === 'other') return;
    await openDispute(asBuyer(ctx), { requestId: ctx.match[1] ?? '', reason: reason.data });
    await ctx.reply(ctx.t('bot-problem-reported'));
  });

  return feature;
}
