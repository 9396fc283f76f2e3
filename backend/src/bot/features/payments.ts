import { Currency } from '@codepool/shared';
import { Composer } from 'grammy';
import { type Deps, withActor } from '../../domain/context.ts';
import { checkPreCheckout } from '../../domain/payments/check-pre-checkout.ts';
import { recordPayment } from '../../domain/payments/record-payment.ts';

/**
 * Stars checkout: answer pre_checkout_query (Telegram waits at most 10 s) and turn
 * successful_payment into funded escrow. The invoice payload is the request id.
 */
export function paymentsFeature(deps: Deps) {
  const feature = new Composer();
  // Built per update: deps gains its payment gateway after the bot is made.
  const telegram = () => withActor(deps, { type: 'system', job: 'payment:telegram' });

  feature.on('pre_checkout_query', async (ctx) => {
    const q = ctx.preCheckoutQuery;
    let answer: Awaited<ReturnType<typeof checkPreCheckout>>;
    try {
      answer = await checkPreCheckout(telegram(), {
        requestId: q.invoice_payload,
        amount: q.total_amount,
        currency: q.currency,
        payerTelegramId: q.from.id,
      });
    } catch (e) {
      deps.log.error({ err: e }, 'pre-checkout check failed');
      answer = { ok: false, reason: 'Something went wrong on our side. You have not been charged.' };
    }
    if (answer.ok) await ctx.answerPreCheckoutQuery(true);
    else await ctx.answerPreCheckoutQuery(false, { error_message: answer.reason });
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
