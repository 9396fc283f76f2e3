import { IdParams, InvoiceLink, PaymentProvider, PurchaseRequest, WebhookResult } from '@codepool/shared';
import express from 'express';
import { withActor } from '../../domain/context.ts';
import { ValidationError } from '../../domain/errors.ts';
import { confirmManualRefund } from '../../domain/escrow/confirm-manual-refund.ts';
import { createInvoice } from '../../domain/payments/create-invoice.ts';
import { devFund } from '../../domain/payments/dev-fund.ts';
import { handlePaymentWebhook } from '../../domain/payments/handle-payment-webhook.ts';
import { type RouteKit, route } from '../route.ts';

/**
 * The signed webhook reads its body raw: the signature covers the exact bytes, which a
 * JSON parser would not give back. Mounted before the API's JSON parser, so apart from
 * the other payment routes.
 */
export function paymentWebhookRoute(kit: RouteKit, { secret, limit }: { secret: string | undefined; limit: string }) {
  kit.openapi.add({
    method: 'post',
    path: '/payments/webhook/:provider',
    summary: 'Signed payment event (X-Codepool-Signature: t=…,v1=…)',
    tag: 'payments',
    auth: 'none',
  });
  kit.router.post('/payments/webhook/:provider', express.raw({ type: () => true, limit }), async (req, res) => {
    const provider = PaymentProvider.safeParse(req.params.provider);
    if (!provider.success) throw new ValidationError('unknown payment provider name');
    const result = await handlePaymentWebhook(
      withActor(kit.deps, { type: 'system', job: `payment:${provider.data}` }),
      {
        provider: provider.data,
        rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        signature: req.get('x-codepool-signature'),
        secret,
        origin: { ip: req.ip, userAgent: req.get('user-agent') },
      },
    );
    res.status(200).json(result);
  });
}

/** Paying for a request (an invoice, or funding without paying in development) and confirming a refund made by hand. */
export function paymentRoutes(kit: RouteKit) {
  const base = { tag: 'payments', params: IdParams } as const;
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/invoice',
      summary: 'A Telegram Stars invoice link for openInvoice',
      response: InvoiceLink,
    },
    ({ ctx, params }) => createInvoice(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/dev-fund',
      summary: 'Development only: fund without paying (DEV_FUNDING=on)',
      response: WebhookResult,
    },
    ({ ctx, params }) => devFund(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'seller',
      scope: 'requests:write',
      method: 'post',
      path: '/requests/:id/refund/confirm',
      summary: 'Confirm a refund you made by hand (a provider without a refund API)',
      response: PurchaseRequest,
    },
    ({ ctx, params }) => confirmManualRefund(ctx, { requestId: params.id }),
  );
}
