import type { PurchaseRequest } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { releaseEscrow } from '../escrow/release-escrow.ts';
import { toRequestResponse } from './request-response.ts';

/** The buyer says all is well: the request completes and the seller is paid. */
export async function confirmReceipt(
  ctx: ServiceContext,
  { requestId }: { requestId: string },
): Promise<PurchaseRequest> {
  const buyer = buyerId(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select({ id: purchaseRequests.id })
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)))
      .for('update');
    if (!req) throw new NotFoundError('purchase request');
    return releaseEscrow(tx, ctx.actor, { requestId, reason: 'confirmed' });
  });
  ctx.events.toUser(row.sellerId, 'request-update', { requestId, status: 'completed' });
  return toRequestResponse(ctx.db, row);
}
