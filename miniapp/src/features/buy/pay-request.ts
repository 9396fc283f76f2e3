import { isMissingRoute } from '../../lib/api-client.ts';
import { type InvoiceOutcome, openInvoice } from '../../lib/telegram.ts';
import { createInvoice } from '../purchases/purchases-api.ts';

export type PayOutcome = InvoiceOutcome | 'payments-unavailable';

// Requests Telegram said were paid in this session. The bot learns of the payment a moment
// later; until the request turns funded, its page says the payment is being confirmed
// instead of offering to pay again.
const paidHere = new Set<string>();

export function wasPaidHere(requestId: string): boolean {
  return paidHere.has(requestId);
}

/**
 * Asks the server for a Stars invoice link and opens it in Telegram. The invoice endpoint
 * belongs to the payments issue: until it exists the server answers 404, which is told to
 * the buyer plainly rather than pretending anything was paid.
 */
export async function payForRequest(requestId: string): Promise<PayOutcome> {
  let link: string;
  try {
    link = (await createInvoice(requestId)).invoiceLink;
  } catch (e) {
    if (isMissingRoute(e)) return 'payments-unavailable';
    throw e;
  }
  const outcome = await openInvoice(link);
  if (outcome === 'paid' || outcome === 'pending') paidHere.add(requestId);
  return outcome;
}

export const PAYMENTS_UNAVAILABLE = 'Payments are not available yet. Nothing was charged — please try again later.';

/** What to tell the buyer after an invoice closed without being paid. */
export function unpaidMessage(outcome: Exclude<PayOutcome, 'paid' | 'pending'>): string {
  switch (outcome) {
    case 'payments-unavailable':
      return PAYMENTS_UNAVAILABLE;
    case 'cancelled':
      return 'Payment cancelled. Your order waits for payment for a little while — you can pay it from My purchases.';
    case 'failed':
      return 'The payment did not go through. Nothing was charged.';
    case 'unsupported':
      return 'Paying with Stars works inside Telegram. Open Codepool from the bot to pay.';
  }
}
