import { and, eq } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { recordPayment } from './record-payment.ts';

/** Development only (DEV_FUNDING=on, refused in production): fund a request without paying, for demos. */
export async function devFund(ctx: ServiceContext, { requestId }: { requestId: string }) {
  if (!ctx.settings.devFunding) throw new ForbiddenError('funding without payment is switched off (DEV_FUNDING)');
  const buyer = buyerId(ctx);
  const [req] = await ctx.db
    .select()
    .from(purchaseRequests)
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)));
  if (!req) throw new NotFoundError('purchase request');
  const status = await recordPayment(ctx, {
    provider: 'dev',
    eventId: `dev:${requestId}`,
    eventType: 'dev.funded',
    payload: { requestId },
    requestId,
    chargeId: `dev:${requestId}`,
    amount: req.total,
    currency: req.currency,
  });
  return { status, requestId };
}
