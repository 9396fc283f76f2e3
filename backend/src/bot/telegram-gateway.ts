import { type Api, GrammyError } from 'grammy';
import type { TransactionPartner } from 'grammy/types';
import type { PaymentGateway, StarTransaction } from '../domain/payments/payment-gateway.ts';

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
    starTransactions: async ({ offset, limit }) => {
      const page = await api.getStarTransactions({ offset, limit });
      return page.transactions.map((t): StarTransaction => {
        const partner = t.source ?? t.receiver;
        const user = userOf(partner);
        return {
          id: t.id,
          amount: t.amount,
          date: t.date,
          direction: t.source ? 'in' : 'out',
          partner: user ? 'user' : 'other',
          userTelegramId: user?.id ?? null,
          invoicePayload: user?.payload ?? null,
        };
      });
    },
    starBalance: async () => (await api.getMyStarBalance()).amount,
  };
}

function userOf(p: TransactionPartner | undefined): { id: number; payload: string | null } | null {
  if (p?.type !== 'user' || p.transaction_type !== 'invoice_payment') return null;
  return { id: p.user.id, payload: p.invoice_payload ?? null };
}
