import { type Api, GrammyError } from 'grammy';
import type { PaymentGateway } from '../domain/payments/payment-gateway.ts';

/** Telegram Stars as the escrow's payment provider: invoices in XTR, refunds by charge id. */
export function createTelegramGateway(api: Api): PaymentGateway {
  return {
    createInvoiceLink: ({ requestId, title, description, amount }) =>
      // Digital goods are paid in Stars: currency XTR and an empty provider token.
      api.createInvoiceLink(title, description, requestId, '', 'XTR', [{ label: title, amount }]),
    refundStars: async ({ payerTelegramId, chargeId }) => {
      try {
        await api.refundStarPayment(payerTelegramId, chargeId);
      } catch (e) {
        // A retry after a refund that went through but whose answer was lost: done already.
        if (e instanceof GrammyError && /CHARGE_ALREADY_REFUNDED/.test(e.description)) return;
        throw e;
      }
    },
  };
}
