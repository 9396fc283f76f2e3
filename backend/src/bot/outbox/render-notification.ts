import { DisputeReason } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { DbOrTx } from '../../db/client.ts';
import { type NotificationRow, pools, purchaseRequests } from '../../db/schema/index.ts';
import { requestTitle, variantNames } from '../../domain/requests/request-response.ts';
import { en } from '../texts.ts';

export type Rendered = { text: string; replyMarkup?: InlineKeyboardMarkup };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** A listing of several variants names the variant too: "Steam · $25 EU". */
async function titleOfVariant(db: DbOrTx, variantId: string) {
  const name = (await variantNames(db, [variantId])).get(variantId);
  return name ? requestTitle(name) : null;
}

async function titleOfRequest(db: DbOrTx, requestId: string) {
  const [row] = await db
    .select({ variantId: purchaseRequests.variantId })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.id, requestId));
  return (row ? await titleOfVariant(db, row.variantId) : null) ?? 'your order';
}

async function nameOfPool(db: DbOrTx, poolId: string) {
  const [row] = await db.select({ name: pools.name }).from(pools).where(eq(pools.id, poolId));
  return row?.name ?? 'a pool';
}

/**
 * Turns an outbox row (ids and counts) into the message text, looking names up now so a
 * rename shows, and adding an "Open in app" button where the Mini App has an https URL.
 */
export async function renderNotification(
  db: DbOrTx,
  row: NotificationRow,
  miniAppUrl: string | null,
): Promise<Rendered> {
  const p = row.payload;
  const requestId = str(p.requestId);
  const openButton = (param: string): InlineKeyboardMarkup | undefined =>
    miniAppUrl
      ? { inline_keyboard: [[{ text: en.openInApp, web_app: { url: `${miniAppUrl}?startapp=${param}` } }]] }
      : undefined;
  const withButton = (text: string, param: string): Rendered => {
    const replyMarkup = openButton(param);
    return replyMarkup ? { text, replyMarkup } : { text };
  };
  switch (row.kind) {
    case 'delivery':
      return withButton(en.delivery(await titleOfRequest(db, requestId), num(p.quantity) || 1), `req_${requestId}`);
    case 'sale':
      return {
        text:
          p.released !== undefined
            ? en.released(await titleOfRequest(db, requestId), num(p.released))
            : en.sale(await titleOfRequest(db, requestId), num(p.quantity) || 1, num(p.total)),
      };
    case 'manual_delivery_needed':
      return { text: en.manualDeliveryNeeded(await titleOfRequest(db, requestId), requestId) };
    case 'awaiting_stock':
      return { text: en.awaitingStock(await titleOfRequest(db, requestId)) };
    case 'low_stock':
      return { text: en.lowStock(await nameOfPool(db, str(p.poolId)), num(p.available), num(p.threshold)) };
    case 'out_of_stock':
      return { text: en.outOfStock(await nameOfPool(db, str(p.poolId)), num(p.pausedTemplates)) };
    case 'expiring_items':
      return { text: en.expiringItems(await nameOfPool(db, str(p.poolId)), num(p.count)) };
    case 'dispute_opened': {
      const reason = DisputeReason.safeParse(p.reason);
      return {
        text: en.disputeOpened(await titleOfRequest(db, requestId), reason.success ? reason.data : 'other', requestId),
      };
    }
    case 'dispute_resolved':
      return withButton(en.disputeResolved(await titleOfRequest(db, requestId), str(p.action)), `req_${requestId}`);
    case 'refund':
      return { text: en.refunded(requestId ? await titleOfRequest(db, requestId) : 'your payment', num(p.amount)) };
    case 'pool_paused':
      return {
        text: en.poolPaused(await nameOfPool(db, str(p.poolId)), num(p.disputed), num(p.sold), num(p.buyers)),
      };
    case 'payment_returned':
      return {
        text: en.paymentReturned(requestId ? await titleOfRequest(db, requestId) : null, num(p.amount), str(p.reason)),
      };
    case 'refund_requested':
      return { text: en.refundRequested(requestId ? await titleOfRequest(db, requestId) : null, num(p.amount)) };
    case 'refund_manual':
      return { text: en.refundManual(await titleOfRequest(db, requestId), num(p.amount), requestId) };
    case 'supplier_order_failed':
      return {
        text: en.supplierOrderFailed(await nameOfPool(db, str(p.poolId)), str(p.reason) || 'an error', str(p.outcome)),
      };
    case 'supplier_paused':
      return { text: en.supplierPaused(await nameOfPool(db, str(p.poolId)), num(p.failed), num(p.orders)) };
    case 'reconcile_mismatch':
      return { text: en.reconcileMismatch(num(p.mismatches)) };
    case 'back_in_stock': {
      // Watches made before variants carry the listing only; its first variant has the listing's id.
      const variantId = str(p.variantId) || str(p.templateId);
      const title = await titleOfVariant(db, variantId);
      return withButton(
        en.backInStock(title ?? 'A listing'),
        p.variantId ? `v_${variantId}` : `buy_${str(p.templateId)}`,
      );
    }
  }
}
