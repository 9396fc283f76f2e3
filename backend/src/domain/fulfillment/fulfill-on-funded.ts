import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { poolItems, pools, purchaseRequests, templateVariants } from '../../db/schema/index.ts';
import { metrics } from '../../lib/metrics.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { maybeBackfill } from '../suppliers/orders/open-backfill-order.ts';
import { prepareFromSupplier, supplierForSale } from '../suppliers/orders/prepare-from-supplier.ts';
import { type Delivery, deliverFunded, deliverInTx, type StockSnapshot } from './deliver-from-pool.ts';
import { fillBackorders } from './fill-backorders.ts';
import { refreshStockSignals, signalsMayChange, tellStock } from './stock-signals.ts';

export type FulfillOutcome =
  | { status: 'delivered'; requestId: string; itemIds: string[]; alreadyDelivered: boolean }
  | { status: 'awaiting_stock'; requestId: string }
  /** The pool lacked some: what it had is reserved, the rest is being bought from its supplier. */
  | { status: 'preparing'; requestId: string; orderId: string }
  | { status: 'manual'; requestId: string }
  | { status: 'not_funded'; requestId: string; current: string };

/** What happened in the transaction, and what must follow it once committed. */
type Step = {
  outcome: FulfillOutcome;
  buyerId: string;
  sellerId: string;
  poolId: string | null;
  newlyAwaiting: boolean;
  /** The pool as the fast path's statement saw it: lets the signal check be skipped. */
  stock?: StockSnapshot;
  /** False when the fast path's statement saw no backfill source on the pool: no backfill check. */
  backfill?: boolean;
};

const SETTLED = new Set(['delivered', 'disputed', 'completed', 'refund_pending', 'refunded']);
const SYSTEM = { type: 'system', job: 'fulfillment' } as const;

/**
 * fulfillOnFunded inside a transaction the caller holds (an in-transaction step, not an
 * operation: fillBackorders uses it too): lock the request, then deliver, queue it as a
 * backorder, or hand it to the seller for manual delivery. Idempotent: a delivered request
 * returns its delivery.
 */
export async function fulfillInTx(
  tx: Tx,
  ctx: Pick<ServiceContext, 'settings'>,
  { requestId }: { requestId: string },
): Promise<Step> {
  // One round trip: the request (locked), its variant's pool and whether that pool is paused.
  const [row] = await tx
    .select({
      req: purchaseRequests,
      variantPoolId: templateVariants.poolId,
      pausedAt: pools.pausedAt,
      manualPool: sql<boolean>`coalesce(${pools.externalSource}->>'kind' = 'manual', false)`,
    })
    .from(purchaseRequests)
    .innerJoin(templateVariants, eq(templateVariants.id, purchaseRequests.variantId))
    .leftJoin(pools, eq(pools.id, sql`coalesce(${purchaseRequests.poolId}, ${templateVariants.poolId})`))
    .where(eq(purchaseRequests.id, requestId))
    .for('update', { of: purchaseRequests });
  if (!row) throw new NotFoundError('purchase request');
  const { req } = row;
  const base = { buyerId: req.buyerId, sellerId: req.sellerId, poolId: req.poolId, newlyAwaiting: false };

  if (SETTLED.has(req.status)) {
    const items = await tx
      .select({ id: poolItems.id })
      .from(poolItems)
      .where(eq(poolItems.purchaseRequestId, requestId))
      .orderBy(asc(poolItems.id));
    const itemIds = items.map((i) => i.id);
    return { ...base, outcome: { status: 'delivered', requestId, itemIds, alreadyDelivered: true } };
  }
  if (req.status !== 'funded' && req.status !== 'awaiting_stock') {
    return { ...base, outcome: { status: 'not_funded', requestId, current: req.status } };
  }

  // A manual delivery's pool holds other requests' content: never drawn from, whatever binds it.
  const poolId = row.manualPool ? null : (req.poolId ?? row.variantPoolId ?? null);
  if (!poolId) {
    const [marked] = await tx
      .update(purchaseRequests)
      .set({ manualNotifiedAt: sql`now()` })
      .where(and(eq(purchaseRequests.id, requestId), sql`${purchaseRequests.manualNotifiedAt} IS NULL`))
      .returning({ id: purchaseRequests.id });
    if (marked) {
      await queueNotifications(tx, [
        { recipientId: req.sellerId, kind: 'manual_delivery_needed', payload: { requestId, quantity: req.quantity } },
      ]);
      await recordAudit(tx, SYSTEM, 'request.manual_delivery_needed', { type: 'purchase_request', id: requestId });
    }
    return { ...base, outcome: { status: 'manual', requestId } };
  }

  // First in, first out: a new payment queues behind older backorders on the same pool.
  // A paused pool (too many invalid disputes) draws nothing until its seller resumes it.
  const olderBackorders = async () =>
    (
      await tx.execute(
        sql`SELECT 1 FROM purchase_requests WHERE pool_id = ${poolId} AND status = 'awaiting_stock' LIMIT 1`,
      )
    ).rows.length > 0;
  const queued = Boolean(row.pausedAt) || (req.status === 'funded' && (await olderBackorders()));
  const from = req.status;
  const draw = () => deliverInTx(tx, { requestId, from, poolId, disputeWindowH: ctx.settings.disputeWindowH });
  const delivery = queued ? null : await draw();

  if (delivery) return delivered(requestId, delivery);
  // An on_demand pool buys what it lacks for this sale instead of queueing it (unless its source is paused).
  const source = queued ? null : await supplierForSale(tx, poolId);
  if (source) {
    const orderId = await prepareFromSupplier(tx, { requestId, from: req.status, quantity: req.quantity, source });
    if (orderId) return { ...base, poolId, outcome: { status: 'preparing', requestId, orderId } };
    // Stock came in (or a concurrent draw let go of its rows) since the draw above: it covers the sale now.
    const again = await draw();
    if (again) return delivered(requestId, again);
  }
  if (req.status === 'awaiting_stock') return { ...base, poolId, outcome: { status: 'awaiting_stock', requestId } };
  await transition(tx, requestId, 'funded', {
    status: 'awaiting_stock',
    poolId,
    awaitingStockAt: sql`now()`,
  });
  await recordAudit(tx, SYSTEM, 'request.awaiting_stock', { type: 'purchase_request', id: requestId }, { poolId });
  await queueNotifications(tx, [
    { recipientId: req.buyerId, kind: 'awaiting_stock', payload: { requestId }, dedupeKey: `awaiting:${requestId}` },
  ]);
  return { ...base, poolId, newlyAwaiting: true, outcome: { status: 'awaiting_stock', requestId } };
}

function delivered(requestId: string, d: Delivery, { trustSnapshot = false } = {}): Step {
  return {
    buyerId: d.buyerId,
    sellerId: d.sellerId,
    poolId: d.poolId,
    newlyAwaiting: false,
    // Only the fast path trusts its snapshot to skip the signal check; a fill always checks.
    ...(trustSnapshot ? { stock: d.stock, backfill: d.backfill } : {}),
    outcome: { status: 'delivered', requestId, itemIds: d.itemIds, alreadyDelivered: false },
  };
}

async function transition(
  tx: Tx,
  requestId: string,
  from: typeof purchaseRequests.$inferSelect.status,
  set: Partial<typeof purchaseRequests.$inferInsert> | Record<string, unknown>,
) {
  const [row] = await tx
    .update(purchaseRequests)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.status, from)))
    .returning({ id: purchaseRequests.id });
  if (!row) throw new ConflictError(`request ${requestId} is no longer ${from}`);
}

/** What follows a committed step: live events, stock signals, and a backorder check. */
export async function afterStep(ctx: ServiceContext, step: Step): Promise<void> {
  const deps = ctx;
  const { outcome } = step;
  if (outcome.status === 'delivered' && !outcome.alreadyDelivered) {
    const payload = {
      requestId: outcome.requestId,
      status: 'delivered' as const,
      quantity: outcome.itemIds.length,
      delivered: outcome.itemIds.length,
    };
    deps.events.toUser(step.buyerId, 'delivery-update', payload);
    deps.events.toUser(step.sellerId, 'delivery-update', payload);
    if (step.poolId && step.stock && !signalsMayChange(step.stock))
      tellStock(deps, { sellerId: step.sellerId, poolId: step.poolId });
    else if (step.poolId) await refreshStockSignals(ctx, { poolId: step.poolId });
  }
  if (outcome.status === 'preparing') {
    deps.events.toUser(step.buyerId, 'request-update', { requestId: outcome.requestId, status: 'preparing' });
    deps.events.toUser(step.sellerId, 'request-update', { requestId: outcome.requestId, status: 'preparing' });
    if (step.poolId) tellStock(deps, { sellerId: step.sellerId, poolId: step.poolId });
  }
  // A draw may take a backfill pool under its threshold: one restock, within the day's cap.
  // The fast path has said whether the pool has a backfill source; a sale there saves the lookup.
  if (
    step.poolId &&
    step.backfill !== false &&
    ((outcome.status === 'delivered' && !outcome.alreadyDelivered) || outcome.status === 'preparing')
  )
    await maybeBackfill(ctx, { poolId: step.poolId }).catch((e: unknown) =>
      ctx.log.error({ err: e, poolId: step.poolId }, 'backfill check failed'),
    );
  if (outcome.status === 'manual') {
    // The seller's requests page learns of a paid request to deliver by hand.
    deps.events.toUser(step.sellerId, 'request-update', { requestId: outcome.requestId, status: 'funded' });
  }
  if (outcome.status === 'awaiting_stock' && step.newlyAwaiting) {
    deps.events.toUser(step.buyerId, 'request-update', { requestId: outcome.requestId, status: 'awaiting_stock' });
    // A draw can miss rows that a concurrent, failing draw held for a moment; look again.
    if (step.poolId) await fillBackorders(ctx, { poolId: step.poolId });
  }
}

/**
 * fulfillOnFunded: called right after escrow is funded, and by the sweeper. The caller's
 * payment is already committed; this never undoes it. Audited as the system's fulfillment,
 * whoever paid or swept.
 */
export async function fulfillOnFunded(
  ctx: ServiceContext,
  { requestId }: { requestId: string },
): Promise<FulfillOutcome> {
  const stop = metrics.drawSeconds.startTimer();
  // The common case — funded, a live pool with nobody queued, enough stock — is one
  // statement; every other case, and any doubt, is decided in a transaction.
  const fast = await deliverFunded(ctx, { requestId });
  const step = fast
    ? delivered(requestId, fast, { trustSnapshot: true })
    : await ctx.db.transaction((tx) => fulfillInTx(tx, ctx, { requestId }));
  stop();
  metrics.draws.inc({ outcome: step.outcome.status });
  await afterStep(ctx, step);
  return step.outcome;
}
