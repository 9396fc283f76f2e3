import { PaymentProvider } from '@codepool/shared';
import express from 'express';
import { withActor } from '../../domain/context.ts';
import { ValidationError } from '../../domain/errors.ts';
import { handlePaymentWebhook } from '../../domain/payments/handle-payment-webhook.ts';
import type { RouteKit } from '../route.ts';

/**
 * The signed webhook reads its body raw: the signature covers the exact bytes, which a
 * JSON parser would not give back.
 */
export function paymentRoutes(kit: RouteKit, { secret, limit }: { secret: string | undefined; limit: string }) {
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
