import type { PurchaseRequest } from '@codepool/shared';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type PoolRow, poolItems, pools, purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { insertItems } from '../items/insert-items.ts';
import { prepareItem } from '../items/prepare-item.ts';
import { MANUAL_SOURCE } from '../pools/manual-pool.ts';
import { markDelivered } from './mark-delivered.ts';
import { toRequestResponse } from './request-response.ts';

const MANUAL_POOL = 'Manual deliveries';

/** Each seller's pool for hand-delivered content, made on first use; it holds what was delivered, encrypted like any item. */
async function manualPool(tx: Tx, owner: string): Promise<PoolRow> {
  const [existing] = await tx
    .select()
    .from(pools)
    .where(and(eq(pools.sellerId, owner), eq(pools.name, MANUAL_POOL), isNull(pools.archivedAt)));
  if (existing) return existing;
  const [created] = await tx
    .insert(pools)
    .values({
      id: uuidv7(),
      sellerId: owner,
      name: MANUAL_POOL,
      deliveryType: 'custom',
      fields: [{ name: 'content', label: 'Content', required: true, sensitive: true }],
      externalSource: { ...MANUAL_SOURCE },
    })
    .returning();
  if (!created) throw new Error('manual pool insert returned no row');
  return created;
}

/**
 * The seller delivers a paid request of an unbound template by hand: one content per item
 * bought. The content is encrypted and delivered like a drawn item, so reveal, disputes
 * and refunds work the same.
 */
export async function deliverManually(
  ctx: ServiceContext,
  { requestId, contents }: { requestId: string; contents: string[] },
): Promise<PurchaseRequest> {
  const owner = sellerId(ctx);
  const clean = contents.map((c) => c.trim()).filter(Boolean);
  const row = await ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.sellerId, owner)))
      .for('update');
    if (!req) throw new NotFoundError('purchase request');
    if (req.status !== 'funded') throw new ConflictError(`a ${req.status} request is not waiting for delivery`);
    // What is owed: the whole request, or after a replaced dispute only the items burned.
    const [held] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(poolItems)
      .where(and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'delivered')));
    const owed = req.quantity - (held?.n ?? 0);
    if (clean.length !== owed) {
      throw new ValidationError(`send exactly ${owed} item(s), one per line; got ${clean.length}`);
    }
    const pool = await manualPool(tx, owner);
    const prepared = clean.map((content) => {
      const p = prepareItem(ctx.keys, pool, { fields: { content } });
      if (!p.ok) throw new ValidationError(p.reason);
      return p.item;
    });
    const inserted = await insertItems(tx, prepared);
    if (inserted.size !== prepared.length)
      throw new ConflictError('some of this content was delivered or stocked before');
    const ids = [...inserted];
    await tx
      .update(poolItems)
      .set({ status: 'delivered', purchaseRequestId: requestId, deliveredAt: sql`now()`, statusChangedAt: sql`now()` })
      .where(inArray(poolItems.id, ids));
    return markDelivered(tx, ctx, {
      request: req,
      from: 'funded',
      poolId: pool.id,
      restamp: true,
      audit: {
        action: 'request.delivered',
        metadata: { poolId: pool.id, itemIds: ids, from: 'funded', manual: true, replacement: req.replacements > 0 },
      },
      notify: [
        {
          recipientId: req.buyerId,
          kind: 'delivery',
          payload: { requestId, quantity: owed },
          // A redelivery after a replaced dispute is news too.
          dedupeKey: `delivery:${requestId}:${req.replacements}`,
        },
      ],
    });
  });
  const payload = { requestId, status: 'delivered' as const, quantity: row.quantity, delivered: row.quantity };
  // (The buyer's app refetches the request on this event; the counts are the request's.)
  ctx.events.toUser(row.buyerId, 'delivery-update', payload);
  return toRequestResponse(ctx.db, row);
}
