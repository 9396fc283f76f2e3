/**
 * The payment provider behind escrow, as the domain needs it. Telegram Stars is the
 * implementation (bot/telegram-gateway.ts); tests replace Telegram only at its API edge.
 */
export type PaymentGateway = {
  createInvoiceLink(input: { requestId: string; title: string; description: string; amount: number }): Promise<string>;
  /** Gives the money back; throws when the provider did not confirm, so the refund is retried. */
  refundStars(input: { payerTelegramId: number; chargeId: string }): Promise<void>;
};
