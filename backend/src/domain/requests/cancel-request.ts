import type { PurchaseRequest } from '@codepool/shared';
import { and, eq, sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { toRequestResponse } from './request-response.ts';

/** The buyer drops a request before paying. Once money moved, only a dispute or refund ends it. */
export async function cancelRequest(
  ctx: ServiceContext,
  { requestId }: { requestId: string },
): Promise<PurchaseRequest> {
  const buyer = buyerId(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(purchaseRequests)
      .set({ status: 'cancelled', cancelledAt: sql`now()`, updatedAt: sql`now()` })
      .where(
        and(
          eq(purchaseRequests.id, requestId),
          eq(purchaseRequests.buyerId, buyer),
          eq(purchaseRequests.status, 'pending_payment'),
        ),
      )
      .returning();
    if (!cancelled) {
      const [existing] = await tx
        .select({ status: purchaseRequests.status })
        .from(purchaseRequests)
        .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)));
      if (!existing) throw new NotFoundError('purchase request');
      throw new ConflictError(`a ${existing.status} request cannot be cancelled`, { status: existing.status });
    }
    await recordAudit(tx, ctx.actor, 'request.cancelled', { type: 'purchase_request', id: requestId }, {}, ctx.origin);
    return cancelled;
  });
  return toRequestResponse(ctx.db, row);
}
