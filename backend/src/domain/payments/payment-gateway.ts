/**
 * The payment provider behind escrow, as the domain needs it. Telegram Stars is the
 * implementation (bot/telegram-gateway.ts); tests replace Telegram only at its API edge.
 */
export type PaymentGateway = {
  createInvoiceLink(input: { requestId: string; title: string; description: string; amount: number }): Promise<string>;
  /** Gives the money back; throws when the provider did not confirm, so the refund is retried. */
  refundStars(input: { payerTelegramId: number; chargeId: string }): Promise<void>;
  /** One page of Telegram's record of the bot's Stars (getStarTransactions). */
  starTransactions(input: { offset: number; limit: number }): Promise<StarTransaction[]>;
  /** The bot's Stars balance as Telegram holds it (getMyStarBalance). */
  starBalance(): Promise<number>;
};

/**
 * A Stars transaction as Telegram records it. `id` is the telegram_payment_charge_id of an
 * incoming payment, and a refund carries the id of the payment it returns. `partner` is
 * 'user' for invoice payments and their refunds; anything else (withdrawals, ads) is not ours.
 */
export type StarTransaction = {
  id: string;
  amount: number;
  date: number;
  direction: 'in' | 'out';
  partner: 'user' | 'other';
  userTelegramId: number | null;
  invoicePayload: string | null;
};
