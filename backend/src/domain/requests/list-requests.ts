import type { PurchaseRequest, RequestStatus } from '@codepool/shared';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { ForbiddenError } from '../errors.ts';
import { toRequestResponses } from './request-response.ts';

/** The caller's requests (as buyer) or sales (as seller), newest first. */
export async function listRequests(
  ctx: ServiceContext,
  { role, status, cursor, limit }: { role: 'buyer' | 'seller'; status?: RequestStatus; cursor?: string; limit: number },
): Promise<{ items: PurchaseRequest[]; nextCursor: string | null }> {
  if (ctx.actor.type === 'system') throw new ForbiddenError();
  const me = ctx.actor.userId;
  const where: SQL[] = [eq(role === 'buyer' ? purchaseRequests.buyerId : purchaseRequests.sellerId, me)];
  if (status) where.push(eq(purchaseRequests.status, status));
  if (cursor) where.push(lt(purchaseRequests.id, cursor));
  const rows = await ctx.db
    .select()
    .from(purchaseRequests)
    .where(and(...where))
    .orderBy(desc(purchaseRequests.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { items: await toRequestResponses(ctx.db, pageRows), nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null };
}
