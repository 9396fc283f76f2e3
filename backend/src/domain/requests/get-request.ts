import type { PurchaseRequest } from '@codepool/shared';
import { and, eq, or } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { toRequestResponse } from './request-response.ts';

/** Its buyer and its seller may read a request; to anyone else it does not exist. */
export async function getRequest(ctx: ServiceContext, { requestId }: { requestId: string }): Promise<PurchaseRequest> {
  if (ctx.actor.type === 'system') throw new ForbiddenError();
  const me = ctx.actor.userId;
  const [row] = await ctx.db
    .select()
    .from(purchaseRequests)
    .where(
      and(eq(purchaseRequests.id, requestId), or(eq(purchaseRequests.buyerId, me), eq(purchaseRequests.sellerId, me))),
    );
  if (!row) throw new NotFoundError('purchase request');
  return toRequestResponse(ctx.db, row);
}
