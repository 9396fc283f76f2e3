import type { Translate } from '@codepool/shared/i18n';
import { type InvoiceOutcome, openInvoice } from '../../lib/telegram.ts';
import { createInvoice } from '../requests/requests-api.ts';

export type PayOutcome = InvoiceOutcome;

// Requests Telegram said were paid in this session. The bot learns of the payment a moment
// later; until the request turns funded, its page says the payment is being confirmed
// instead of offering to pay again.
const paidHere = new Set<string>();

export function wasPaidHere(requestId: string): boolean {
  return paidHere.has(requestId);
}

/** Asks the server for a Stars invoice link and opens it in Telegram. */
export async function payForRequest(requestId: string): Promise<PayOutcome> {
  const link = (await createInvoice(requestId)).invoiceLink;
  const outcome = await openInvoice(link);
  if (outcome === 'paid' || outcome === 'pending') paidHere.add(requestId);
  return outcome;
}

/** What to tell the buyer after an invoice closed without being paid. */
export function unpaidMessage(t: Translate, outcome: Exclude<PayOutcome, 'paid' | 'pending'>): string {
  return t(`app-pay-unpaid-${outcome}`);
}
