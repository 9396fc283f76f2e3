import { DisputeReason } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import { eq } from 'drizzle-orm';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { DbOrTx } from '../../db/client.ts';
import { type NotificationRow, pools, purchaseRequests } from '../../db/schema/index.ts';
import { requestTitle, variantNames } from '../../domain/requests/request-response.ts';

export type Rendered = { text: string; replyMarkup?: InlineKeyboardMarkup };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** Why a payment could not be used, as `payment_returned` words it: `bot-refusal-<reason>`. */
const REFUSALS = new Set([
  'already_paid',
  'expired',
  'cancelled',
  'amount_mismatch',
  'variant_cap',
  'listing_cap',
  'buyer_limit',
]);

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
  return row ? await titleOfVariant(db, row.variantId) : null;
}

async function nameOfPool(db: DbOrTx, poolId: string) {
  const [row] = await db.select({ name: pools.name }).from(pools).where(eq(pools.id, poolId));
  return row?.name ?? null;
}

/**
 * Turns an outbox row (ids and counts) into the message text in the recipient's language `t`,
 * looking names up now so a rename shows, and adding an "Open in app" button where the Mini App
 * has an https URL. Rendered at send time: a language chosen after the row was queued is used.
 */
export async function renderNotification(
  db: DbOrTx,
  row: NotificationRow,
  miniAppUrl: string | null,
  t: Translate,
): Promise<Rendered> {
  const p = row.payload;
  const requestId = str(p.requestId);
  const request = async () => (await titleOfRequest(db, requestId)) ?? t('bot-your-order');
  const pool = async () => (await nameOfPool(db, str(p.poolId))) ?? t('bot-a-pool');
  const openButton = (param: string): InlineKeyboardMarkup | undefined =>
    miniAppUrl
      ? { inline_keyboard: [[{ text: t('bot-open-in-app'), web_app: { url: `${miniAppUrl}?startapp=${param}` } }]] }
      : undefined;
  const withButton = (text: string, param: string): Rendered => {
    const replyMarkup = openButton(param);
    return replyMarkup ? { text, replyMarkup } : { text };
  };
  const short = requestId.slice(0, 8);
  switch (row.kind) {
    case 'delivery':
      return withButton(
        t('bot-n-delivery', { title: await request(), quantity: num(p.quantity) || 1 }),
        `req_${requestId}`,
      );
    case 'sale':
      return {
        text:
          p.released !== undefined
            ? t('bot-n-released', { title: await request(), amount: num(p.released) })
            : t('bot-n-sale', { title: await request(), quantity: num(p.quantity) || 1, total: num(p.total) }),
      };
    case 'manual_delivery_needed':
      return { text: t('bot-n-manual-delivery', { title: await request(), request: requestId }) };
    case 'awaiting_stock':
      return { text: t('bot-n-awaiting-stock', { title: await request() }) };
    case 'low_stock':
      return {
        text: t('bot-n-low-stock', { pool: await pool(), available: num(p.available), threshold: num(p.threshold) }),
      };
    case 'out_of_stock':
      return { text: t('bot-n-out-of-stock', { pool: await pool(), paused: num(p.pausedTemplates) }) };
    case 'expiring_items':
      return { text: t('bot-n-expiring', { pool: await pool(), count: num(p.count) }) };
    case 'dispute_opened': {
      const reason = DisputeReason.safeParse(p.reason);
      return {
        text: t('bot-n-dispute-opened', {
          title: await request(),
          reason: t(`dispute-reason-${reason.success ? reason.data : 'other'}`),
          request: short,
        }),
      };
    }
    case 'dispute_resolved':
      return withButton(
        t(str(p.action) === 'replace' ? 'bot-n-dispute-replaced' : 'bot-n-dispute-refunding', {
          title: await request(),
        }),
        `req_${requestId}`,
      );
    case 'refund':
      return {
        text: t('bot-n-refunded', {
          title: requestId ? await request() : t('bot-your-payment'),
          amount: num(p.amount),
        }),
      };
    case 'pool_paused':
      return {
        text: t('bot-n-pool-paused', {
          pool: await pool(),
          disputed: num(p.disputed),
          sold: num(p.sold),
          buyers: num(p.buyers),
        }),
      };
    case 'payment_returned': {
      const title = requestId ? await titleOfRequest(db, requestId) : null;
      const reason = t(REFUSALS.has(str(p.reason)) ? `bot-refusal-${str(p.reason)}` : 'bot-refusal-other');
      return {
        text: title
          ? t('bot-n-payment-returned-for', { title, amount: num(p.amount), reason })
          : t('bot-n-payment-returned', { amount: num(p.amount), reason }),
      };
    }
    case 'refund_requested': {
      const title = requestId ? await titleOfRequest(db, requestId) : null;
      return {
        text: title
          ? t('bot-n-refund-requested-for', { title, amount: num(p.amount) })
          : t('bot-n-refund-requested', { amount: num(p.amount) }),
      };
    }
    case 'refund_manual':
      return { text: t('bot-n-refund-manual', { title: await request(), amount: num(p.amount), request: short }) };
    case 'supplier_order_failed':
      return {
        text: t('bot-n-supplier-failed', {
          pool: await pool(),
          reason: str(p.reason) || t('bot-an-error'),
          outcome: str(p.outcome) || 'none',
        }),
      };
    case 'supplier_paused':
      return { text: t('bot-n-supplier-paused', { pool: await pool(), failed: num(p.failed), orders: num(p.orders) }) };
    case 'reconcile_mismatch':
      return { text: t('bot-n-reconcile', { count: num(p.mismatches) }) };
    case 'back_in_stock': {
      // Watches made before variants carry the listing only; its first variant has the listing's id.
      const variantId = str(p.variantId) || str(p.templateId);
      const title = (await titleOfVariant(db, variantId)) ?? t('bot-a-listing');
      return withButton(
        t('bot-n-back-in-stock', { title }),
        p.variantId ? `v_${variantId}` : `buy_${str(p.templateId)}`,
      );
    }
  }
}
