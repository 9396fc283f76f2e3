import { Currency } from '@codepool/shared';
import { DEFAULT_LOCALE } from '@codepool/shared/i18n';
import { Composer } from 'grammy';
import { type Deps, withActor } from '../../domain/context.ts';
import { checkPreCheckout, type PreCheckoutRefusal } from '../../domain/payments/check-pre-checkout.ts';
import { recordPayment } from '../../domain/payments/record-payment.ts';
import type { BotContext } from '../context.ts';

/** Why the checkout is refused, in the buyer's language; a broken purchase rule names its figures. */
async function refusalText(ctx: BotContext, refusal: PreCheckoutRefusal | null): Promise<string> {
  if (!refusal) return ctx.t('bot-precheckout-error');
  if (refusal.code !== 'rule') return ctx.t(`bot-precheckout-${refusal.code}`);
  // In English the rule's own sentence, which names the variant; in another language the rule with its figures.
  if ((await ctx.i18n.getLocale()) === DEFAULT_LOCALE) return refusal.reason;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(refusal.rule ?? {}))
    if (typeof v === 'number' || typeof v === 'string') args[k] = v;
  return `${ctx.t(`rule-${String(args.rule)}`, args)} ${ctx.t('bot-not-charged')}`;
}

/**
 * Stars checkout: answer pre_checkout_query (Telegram waits at most 10 s) and turn
 * successful_payment into funded escrow. The invoice payload is the request id.
 */
export function paymentsFeature(deps: Deps) {
  const feature = new Composer<BotContext>();
  // Built per update: deps gains its payment gateway after the bot is made.
  const telegram = () => withActor(deps, { type: 'system', job: 'payment:telegram' });

  feature.on('pre_checkout_query', async (ctx) => {
    const q = ctx.preCheckoutQuery;
    let answer: Awaited<ReturnType<typeof checkPreCheckout>> | null;
    try {
      answer = await checkPreCheckout(telegram(), {
        requestId: q.invoice_payload,
        amount: q.total_amount,
        currency: q.currency,
        payerTelegramId: q.from.id,
      });
    } catch (e) {
      deps.log.error({ err: e }, 'pre-checkout check failed');
      answer = null;
    }
    if (answer?.ok) await ctx.answerPreCheckoutQuery(true);
    else await ctx.answerPreCheckoutQuery(false, { error_message: await refusalText(ctx, answer) });
  });

  feature.on('message:successful_payment', async (ctx) => {
    const p = ctx.message.successful_payment;
    const currency = Currency.safeParse(p.currency);
    if (!currency.success) {
      deps.log.error({ currency: p.currency }, 'a payment in an unexpected currency');
      return;
    }
    await recordPayment(telegram(), {
      provider: 'telegram',
      eventId: p.telegram_payment_charge_id,
      eventType: 'successful_payment',
      payload: { ...p, from: ctx.from?.id ?? null },
      requestId: p.invoice_payload,
      chargeId: p.telegram_payment_charge_id,
      amount: p.total_amount,
      currency: currency.data,
      payerTelegramId: ctx.from?.id ?? 0,
    });
  });

  return feature;
}
