import { z } from 'zod';
import { Id } from './common.ts';
import { Currency } from './enums.ts';

/** A Telegram Stars invoice for the Mini App's openInvoice. */
export const InvoiceLink = z.object({ invoiceLink: z.string() });
export type InvoiceLink = z.infer<typeof InvoiceLink>;

export const PaymentProvider = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lower-case provider name');

/** The body an external processor posts to `/api/payments/webhook/:provider`, signed over its raw bytes. */
export const PaymentWebhookEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('payment.succeeded'),
  request_id: Id,
  amount: z.number().int().positive(),
  currency: Currency,
});
export type PaymentWebhookEvent = z.infer<typeof PaymentWebhookEvent>;

export const WebhookResult = z.object({
  status: z.enum(['processed', 'duplicate', 'refunding']),
  requestId: Id,
});
