import { OPEN_SUPPLIER_ORDER_STATUSES } from '@codepool/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type SupplierOrderRow, type SupplierSourceRow, supplierOrders } from '../../../db/schema/index.ts';
import { lockSessionOf } from '../../../jobs/lock-session.ts';
import { SupplierError, type SupplierOrderState } from '../../../suppliers/adapter.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { type Deps, type ServiceContext, withActor } from '../../context.ts';
import { adapterOf } from '../sources/adapter-of.ts';
import { adapterSourceOf, sourceById } from '../sources/load-source.ts';
import { completeOrder } from './complete-order.ts';
import { failOrder } from './fail-order.ts';
import { afterOrder, type OrderEffects } from './order-effects.ts';
import { backoffS, requeueStep, scheduleStep } from './schedule-step.ts';

const SYSTEM = { type: 'system', job: 'supplier-orders' } as const;
const Payload = z.object({ orderId: z.uuid() });
const OPEN = [...OPEN_SUPPLIER_ORDER_STATUSES];

/** The order's guard: a session advisory lock, so two steps of one order never run at once. */
export const orderLockKey = (orderId: string) => `supplier-order-step:${orderId}`;

/**
 * The durable task `supplier-order`: ONE step of one order, then its next job. Two steps of
 * the same order never overlap: each takes a session advisory lock named after the order
 * (on the job lock session, outside the pool, so no pooled connection waits through a
 * supplier call, and a killed process's lock goes with its session). A step that finds the
 * lock held queues itself again a moment later instead of waiting, so a webhook's "now" is
 * never lost.
 */
export async function runOrderStep(deps: Deps, payload: unknown): Promise<void> {
  const { orderId } = Payload.parse(payload);
  const unlock = await lockSessionOf(deps.db.$client).tryLock(orderLockKey(orderId));
  if (!unlock) {
    await requeueStep(deps.db, orderId, deps.settings.suppliers.pollMinS);
    return;
  }
  const ctx = withActor(deps, SYSTEM);
  let fx: OrderEffects | null = null;
  try {
    fx = await step(ctx, orderId);
  } finally {
    await unlock();
  }
  if (fx) await afterOrder(ctx, fx);
}

/** Runs under the order's guard; `pushed` is a state the supplier sent over a verified channel. */
export async function step(
  ctx: ServiceContext,
  orderId: string,
  pushed?: SupplierOrderState,
): Promise<OrderEffects | null> {
  const order = await openOrder(ctx, orderId);
  if (!order) return null;
  const source = await sourceById(ctx.db, order.sourceId);
  if (!source) return null;
  const s = ctx.settings.suppliers;
  const late = () => order.deadlineAt !== null && order.deadlineAt.getTime() <= Date.now();

  let fresh = false;
  if (order.status === 'pending' && !pushed) {
    if (late()) return fail(ctx, order, 'no keys arrived in time');
    // The money guard: a cached price above the cap is never ordered.
    const quoted = source.quote?.unitCost ?? null;
    if (quoted !== null && quoted > source.maxUnitCost)
      return fail(ctx, order, `the supplier's price ${quoted} is above the highest accepted ${source.maxUnitCost}`);
    // `placing` is written before the call: a crash after it recovers the order by externalId.
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(supplierOrders)
        .set({ status: 'placing', updatedAt: sql`now()` })
        .where(and(eq(supplierOrders.id, order.id), eq(supplierOrders.status, 'pending')));
      await recordAudit(tx, SYSTEM, 'supplier.place', subject(order), {
        poolId: order.poolId,
        kind: source.kind,
        quantity: order.quantity,
        maxUnitCost: source.maxUnitCost,
      });
    });
    order.status = 'placing';
    fresh = true;
  }

  let state: SupplierOrderState | null;
  try {
    state = pushed ?? (await callSupplier(ctx, order, source, fresh));
  } catch (e) {
    const err =
      e instanceof SupplierError ? e : new SupplierError('retryable', 'the supplier call failed unexpectedly');
    const attempts = order.attempts + 1;
    await ctx.db.transaction((tx) =>
      recordAudit(tx, SYSTEM, 'supplier.error', subject(order), {
        kind: err.kind,
        status: err.extra.status ?? null,
        supplierCode: err.extra.supplierCode ?? null,
        attempts,
      }),
    );
    if (!err.retryable) return fail(ctx, order, `${err.kind}: ${err.message}`);
    if (attempts >= s.maxAttempts) return fail(ctx, order, `gave up after ${attempts} attempts: ${err.message}`);
    if (late()) return fail(ctx, order, `no keys arrived in time (last: ${err.message})`);
    const wait = Math.max(backoffS(attempts - 1, s), err.kind === 'rate_limited' ? (err.extra.retryAfterS ?? 0) : 0);
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(supplierOrders)
        .set({ attempts, lastError: `${err.kind}: ${err.message}`.slice(0, 500) })
        .where(eq(supplierOrders.id, order.id));
      await scheduleStep(tx, order.id, wait);
    });
    return effectsOf(order, order.status);
  }
  if (!state) return null;

  // An event older than what the order has seen changes nothing.
  if (
    state.updatedAt &&
    order.supplierUpdatedAt &&
    state.updatedAt < order.supplierUpdatedAt &&
    state.state !== 'completed'
  )
    return null;

  if (state.state === 'completed') {
    const completed = state;
    const fx = await ctx.db.transaction(async (tx) => {
      const locked = await lockOpen(tx, order.id);
      return locked ? completeOrder(tx, ctx, { order: locked, source, state: completed }) : null;
    });
    return fx;
  }
  if (state.state === 'canceled')
    return fail(ctx, order, `the supplier canceled the order: ${state.reason}`, 'canceled');

  // processing
  if (late()) return fail(ctx, order, 'no keys arrived in time');
  const polls = order.polls + 1;
  const processing = state;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(supplierOrders)
      .set({
        status: 'processing',
        supplierOrderId: processing.supplierOrderId,
        polls,
        ...(processing.unitCost !== null ? { unitCost: processing.unitCost } : {}),
        ...(processing.updatedAt ? { supplierUpdatedAt: processing.updatedAt } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(supplierOrders.id, order.id), inArray(supplierOrders.status, OPEN)));
    await scheduleStep(tx, order.id, backoffS(order.polls, s));
  });
  return effectsOf(order, 'processing');
}

/** Places a pending order, or asks after one already placed (placing it when the supplier never got it). */
async function callSupplier(
  ctx: ServiceContext,
  order: SupplierOrderRow,
  source: SupplierSourceRow,
  fresh: boolean,
): Promise<SupplierOrderState> {
  const adapter = adapterOf(ctx, adapterSourceOf(ctx, source));
  const place = { externalId: order.externalId, quantity: order.quantity, maxUnitCost: source.maxUnitCost };
  let state: SupplierOrderState | null = null;
  let action = 'supplier.status';
  if (fresh) {
    // Just marked placing: place (idempotent by externalId).
    action = 'supplier.placed';
    state = await adapter.place(place);
  } else {
    state = await adapter.status({ externalId: order.externalId, supplierOrderId: order.supplierOrderId });
    // The supplier has no such order (the place never arrived, or the protocol has no read): placing is safe.
    if (!state) {
      action = 'supplier.placed';
      state = await adapter.place(place);
    }
  }
  await recordAudit(ctx.db, SYSTEM, action, subject(order), {
    state: state.state,
    supplierOrderId: state.supplierOrderId,
    keys: state.state === 'completed' ? state.keys.length : 0,
    unitCost: state.unitCost,
    totalCost: state.totalCost,
  });
  return state;
}

async function fail(
  ctx: ServiceContext,
  order: SupplierOrderRow,
  reason: string,
  status: 'failed' | 'canceled' = 'failed',
): Promise<OrderEffects | null> {
  return ctx.db.transaction(async (tx) => {
    const locked = await lockOpen(tx, order.id);
    return locked ? failOrder(tx, ctx, { order: locked, reason, status }) : null;
  });
}

async function openOrder(ctx: ServiceContext, orderId: string): Promise<SupplierOrderRow | null> {
  const [row] = await ctx.db.select().from(supplierOrders).where(eq(supplierOrders.id, orderId));
  return row && (OPEN as string[]).includes(row.status) ? row : null;
}

async function lockOpen(tx: Parameters<typeof failOrder>[0], orderId: string): Promise<SupplierOrderRow | null> {
  const [row] = await tx.select().from(supplierOrders).where(eq(supplierOrders.id, orderId)).for('update');
  return row && (OPEN as string[]).includes(row.status) ? row : null;
}

const subject = (order: SupplierOrderRow) => ({ type: 'supplier_order', id: order.id });

function effectsOf(order: SupplierOrderRow, status: SupplierOrderRow['status']): OrderEffects {
  return { order: { id: order.id, poolId: order.poolId, sellerId: order.sellerId, sourceId: order.sourceId, status } };
}
