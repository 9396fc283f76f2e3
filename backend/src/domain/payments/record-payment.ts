import { type Currency, Id } from '@codepool/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { escrowPayments, type PurchaseRequestRow, paymentEvents, purchaseRequests } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { attemptRefund } from '../escrow/attempt-refund.ts';
import { fulfillOnFunded } from '../fulfillment/fulfill-on-funded.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { SalesRulesChangedError, type UnitsRefusal } from '../templates/purchase-rules.ts';
import { userByTelegramId } from '../users/user-by-telegram-id.ts';
import { fundRequest, UnitsRefusedError } from './fund-request.ts';

export type ProviderPayment = {
  provider: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  /** What the charge says it pays for: the invoice payload or the event's request id, unchecked. */
  requestId: string;
  chargeId: string;
  amount: number;
  currency: Currency;
  payerTelegramId?: number;
};

/** Why a verified charge cannot fund its request; it is recorded and given back. */
export type RefusalReason =
  | 'unknown_request'
  | 'amount_mismatch'
  | 'already_paid'
  | 'expired'
  | 'cancelled'
  | 'not_payable'
  /** It lost the race for a capped variant's or listing's last units, or the buyer's limit was reached meanwhile. */
  | UnitsRefusal;

function refusalOf(req: PurchaseRequestRow | undefined, payment: ProviderPayment): RefusalReason | null {
  if (!req) return 'unknown_request';
  if (req.status === 'expired' || req.status === 'cancelled') return req.status;
  if (req.status !== 'pending_payment') {
    return ['refund_pending', 'refunded'].includes(req.status) ? 'not_payable' : 'already_paid';
  }
  if (payment.amount !== req.total || payment.currency !== req.currency) return 'amount_mismatch';
  return null;
}

/**
 * One verified payment, one charge row, whatever the request's state. The event is recorded
 * under its (provider, id, type) key — for Stars the telegram_payment_charge_id — in its own
 * transaction, so a repeat changes nothing. A request that can take the charge is funded and
 * delivered after commit (a delivery failure is left to the sweeper, never undoing the
 * payment). A charge it cannot take — paid twice, too late, the wrong amount, for no request
 * we know, past a cap or the buyer's limit — is kept as its own row and refunded by its charge
 * id, and the buyer is told.
 */
export async function recordPayment(
  ctx: ServiceContext,
  payment: ProviderPayment,
): Promise<'processed' | 'duplicate' | 'refunding'> {
  // The charge is the provider's news, audited as the provider whichever client relayed it.
  const actor: Actor = { type: 'system', job: `payment:${payment.provider}` };
  const record = () =>
    ctx.db.transaction(async (tx) => {
      const [recorded] = await tx
        .insert(paymentEvents)
        .values({
          id: uuidv7(),
          provider: payment.provider,
          externalId: payment.eventId,
          eventType: payment.eventType,
          payload: payment.payload,
        })
        .onConflictDoNothing()
        .returning({ id: paymentEvents.id });
      if (!recorded) return { kind: 'duplicate' as const };
      // The same charge under another event key (e.g. recovered by reconciliation first).
      const [known] = await tx
        .select({ id: escrowPayments.id })
        .from(escrowPayments)
        .where(
          and(eq(escrowPayments.provider, payment.provider), eq(escrowPayments.providerChargeId, payment.chargeId)),
        );
      if (known) return { kind: 'duplicate' as const };

      const [req] = Id.safeParse(payment.requestId).success
        ? await tx.select().from(purchaseRequests).where(eq(purchaseRequests.id, payment.requestId)).for('update')
        : [];
      let refusal = refusalOf(req, payment);
      let result: { kind: 'funded' } | { kind: 'refund'; escrowId: string };
      if (refusal === null && req) {
        // A listing's caps and the buyer's limit are checked a third time in fundRequest, under
        // the listing's and the variant's row locks: of two payments for the last unit, the
        // second is refused here, before anything is written, and refunded below. A listing
        // without any of them takes no lock; its sold counts are added last (takeUnits).
        refusal = await fundRequest(tx, actor, { ...payment, requestId: req.id }).then(
          () => null,
          (e: unknown) => {
            if (e instanceof UnitsRefusedError) return e.rule;
            throw e;
          },
        );
      }
      if (refusal === null && req) {
        result = { kind: 'funded' };
      } else {
        result = {
          kind: 'refund',
          escrowId: await recordRefusedCharge(tx, actor, payment, req, refusal ?? 'not_payable'),
        };
      }
      await tx.update(paymentEvents).set({ processedAt: sql`now()` }).where(eq(paymentEvents.id, recorded.id));
      return result;
    });
  // A cap or buyer limit set on the listing as its payment was funded: rolled back, run again under the locks.
  const outcome = await record().catch((e: unknown) => {
    if (e instanceof SalesRulesChangedError) return record();
    throw e;
  });
  if (outcome.kind === 'duplicate') return 'duplicate';
  if (outcome.kind === 'refund') {
    await attemptRefund(ctx, { escrowId: outcome.escrowId });
    return 'refunding';
  }
  await fulfillOnFunded(ctx, { requestId: payment.requestId }).catch((e: unknown) =>
    ctx.log.error({ err: e, requestId: payment.requestId }, 'fulfillment after payment failed; the sweeper retries'),
  );
  return 'processed';
}

async function recordRefusedCharge(
  tx: Tx,
  actor: Actor,
  payment: ProviderPayment,
  req: PurchaseRequestRow | undefined,
  reason: RefusalReason,
): Promise<string> {
  const id = uuidv7();
  await tx.insert(escrowPayments).values({
    id,
    requestId: req?.id ?? null,
    provider: payment.provider,
    providerChargeId: payment.chargeId,
    amount: payment.amount,
    currency: payment.currency,
    status: 'refund_pending',
    payerTelegramId: payment.payerTelegramId ?? null,
    refundNextAttemptAt: sql`now()`,
    refundReason: reason,
  });
  await recordAudit(
    tx,
    actor,
    'payment.refunding',
    req ? { type: 'purchase_request', id: req.id } : { type: 'payment_provider', id: payment.provider },
    { reason, status: req?.status ?? null, amount: payment.amount, chargeId: payment.chargeId, escrowPaymentId: id },
  );
  const buyer = req?.buyerId ?? (await userByTelegramId(tx, payment.payerTelegramId));
  if (buyer) {
    await queueNotifications(tx, [
      {
        recipientId: buyer,
        kind: 'payment_returned',
        payload: { requestId: req?.id ?? null, amount: payment.amount, reason },
        dedupeKey: `payment_returned:${id}`,
      },
    ]);
  }
  return id;
}
