import type { DisputeReason, RequestStatus, StockCounts, SupplierKind, SupplierSourceStatus } from '@codepool/shared';

const byteSize = (n: number) =>
  n >= 1024 * 1024
    ? `${Number((n / (1024 * 1024)).toFixed(1))} MB`
    : n >= 1024
      ? `${Number((n / 1024).toFixed(1))} KB`
      : `${n} bytes`;

/**
 * Everything the bot says, in one place, so a second language is one more object of the
 * same shape. Texts take ids, counts and names, never item content.
 */
export const en = {
  statusLabel(status: RequestStatus): string {
    switch (status) {
      case 'pending_payment':
        return 'awaiting payment';
      case 'funded':
        return 'paid, being delivered';
      case 'awaiting_stock':
        return 'paid, waiting for stock';
      case 'preparing':
        return 'paid, being prepared';
      case 'delivered':
        return 'delivered';
      case 'disputed':
        return 'problem reported';
      case 'completed':
        return 'completed';
      case 'refund_pending':
        return 'refund in progress';
      case 'refunded':
        return 'refunded';
      case 'cancelled':
        return 'cancelled';
      case 'expired':
        return 'expired';
    }
  },
  disputeReason(reason: DisputeReason): string {
    switch (reason) {
      case 'invalid':
        return 'the code is invalid';
      case 'already_used':
        return 'the code was already used';
      case 'wrong_region':
        return 'wrong region';
      case 'other':
        return 'another problem';
    }
  },
  stockLine: (name: string, s: StockCounts) =>
    `${name}: ${s.available} available · ${s.reserved} reserved · ${s.delivered} delivered · ${s.expiringSoon} expiring soon`,
  /** A supplier-backed pool's source in /stock: "from Kinguin · on demand · paused". */
  sourceLine: (
    kind: SupplierKind,
    mode: 'on_demand' | 'backfill',
    status: SupplierSourceStatus,
    reason: string | null,
  ) =>
    [
      `from ${kind === 'kinguin' ? 'Kinguin' : 'your server'}`,
      mode === 'on_demand' ? 'on demand' : 'restocks when low',
      status === 'paused' ? `paused${reason ? ` (${reason})` : ''}` : 'active',
    ].join(' · '),

  // Notifications
  supplierOrderFailed: (pool: string, reason: string, outcome: string) =>
    `⚠️ A supplier order for ${pool} failed: ${reason}. ${
      outcome === 'own_stock'
        ? 'The sale was delivered from your own stock.'
        : outcome === 'refunded'
          ? 'The buyer is being refunded.'
          : 'No stock was added; see Supplier orders in the dashboard.'
    }`,
  supplierPaused: (pool: string, failed: number, orders: number) =>
    `⏸ The supplier of ${pool} is paused: ${failed} of its last ${orders} orders failed. Its listings sell nothing until you resume it in the dashboard.`,
  delivery: (title: string, quantity: number) =>
    `✅ Your purchase of ${title}${quantity > 1 ? ` × ${quantity}` : ''} is delivered. Open it in the app to reveal it.`,
  sale: (title: string, quantity: number, total: number) =>
    `💰 Sold: ${title}${quantity > 1 ? ` × ${quantity}` : ''} for ${total} ⭐`,
  released: (title: string, amount: number) => `💸 ${amount} ⭐ for ${title} are now in your balance.`,
  manualDeliveryNeeded: (title: string, requestId: string) =>
    `📦 A paid order for ${title} needs manual delivery. Send /deliver ${requestId} and paste the content.`,
  awaitingStock: (title: string) =>
    `⏳ ${title} is paid for and sold out right now; you will get it as soon as it is restocked.`,
  lowStock: (pool: string, available: number, threshold: number) =>
    `⚠️ ${pool} is running low: ${available} left (alert at ${threshold}). /restock to refill.`,
  outOfStock: (pool: string, paused: number) =>
    `🚫 ${pool} is out of stock${paused > 0 ? `; ${paused} listing(s) paused until you restock` : ''}. /restock to refill.`,
  expiringItems: (pool: string, count: number) => `⌛ ${count} item(s) in ${pool} expire within 7 days.`,
  disputeOpened: (title: string, reason: DisputeReason, requestId: string) =>
    `❗ A buyer reported a problem with ${title}: ${en.disputeReason(reason)}. Answer in /orders (request ${requestId.slice(0, 8)}).`,
  disputeResolved: (title: string, action: string) =>
    action === 'replace'
      ? `🔁 The seller replaced your ${title}. Open the app to reveal the new one.`
      : `↩️ The seller is refunding your ${title}.`,
  refunded: (title: string, amount: number) => `↩️ ${amount} ⭐ for ${title} were refunded.`,
  poolPaused: (pool: string, disputed: number, sold: number, buyers: number) =>
    `⛔ ${pool} is paused: ${disputed} of ${sold} sold items were reported invalid by ${buyers} different buyer(s). The disputes are listed in the dashboard; check your supplier, then resume the pool there.`,
  paymentReturned: (title: string | null, amount: number, reason: string) =>
    `↩️ Your payment of ${amount} ⭐${title ? ` for ${title}` : ''} could not be used (${en.refusalReason(reason)}); it is being refunded to you in full. Nothing else is needed from you.`,
  refusalReason(reason: string): string {
    switch (reason) {
      case 'already_paid':
        return 'the order was already paid';
      case 'expired':
        return 'the order had expired';
      case 'cancelled':
        return 'the order was cancelled';
      case 'amount_mismatch':
        return 'the amount did not match the order';
      case 'variant_cap':
      case 'listing_cap':
        return 'the last units sold to another buyer a moment before';
      case 'buyer_limit':
        return 'your limit for this item was reached by another order';
      default:
        return 'the order could not take it';
    }
  },
  refundRequested: (title: string | null, amount: number) =>
    `↩️ A refund of ${amount}${title ? ` for ${title}` : ''} was requested from the payment provider. The seller pays it back by hand; you will be told when it is confirmed.`,
  refundManual: (title: string, amount: number, requestId: string) =>
    `💳 Refund by hand needed: ${amount} for ${title} (request ${requestId.slice(0, 8)}) was paid through a provider without a refund API. Pay it back there, then confirm the refund in the dashboard.`,
  reconcileMismatch: (n: number) =>
    `⚠️ Reconciliation with Telegram found ${n} mismatch(es) between Telegram's Stars ledger and ours. See the ledger page in the dashboard.`,
  backInStock: (title: string) => `🔔 ${title} is back in stock.`,
  chooseVariantToBind: 'Which variant?',
  templateLine: (t: { active: boolean; title: string; price: number; sold: string; variants: string[] }) =>
    [`${t.active ? '🟢' : '⏸'} ${t.title} — ${t.price} ⭐${t.sold}`, ...t.variants].join('\n'),
  openInApp: 'Open in app',

  // Commands
  help: {
    buyer:
      'Codepool sells digital goods with escrow: your Stars are held until you have your code.\n\n/purchases — your purchases\n/paysupport — help with a payment\n/terms — terms of sale\n/help — this message',
    seller:
      'Seller commands:\n/pools — stock per pool\n/newpool <name> <type> [threshold] — a new pool\n/restock — add codes to a pool\n/stock <pool> — one pool in detail\n/threshold <pool> <n> — low-stock alert level\n/templates — your listings\n/bind — bind a listing to a pool\n/orders — orders waiting for you\n/deliver <request> — deliver by hand\n/dashboard — sign in to the web dashboard',
  },
  paySupport:
    'Payment support. Your Stars are held in escrow until you have what you paid for:\n• Something wrong with a code? Tap "Report a problem" below, within the dispute window. The seller must replace it or refund you; if they do not answer in time, it happens automatically.\n• Paid twice, or after an order expired? That payment is refunded to you automatically, by Telegram, in full.\n• Anything else: write here, and an operator will answer.\nYour recent purchases:',
  terms:
    'Terms of sale: you buy digital goods from independent sellers. Payment is held in escrow and released to the seller when you confirm or the dispute window ends. A problem reported in the window ends in a replacement of the affected items or a refund of the whole payment. Payments that an order cannot take are refunded in full. /paysupport for help.',
  reportProblem: 'Report a problem',
  whatIsWrong: 'What is wrong?',
  problemReported: 'Reported. The seller has been told and must answer; your Stars stay held until then.',
  unknown: 'I did not understand that. /help lists what I can do.',
  notSeller: 'That is a seller command. Open a shop from the Mini App first.',
  noPools: 'You have no pools yet. Create one with /newpool <name> <type> [threshold].',
  poolNotFound: (name: string) => `No pool of yours is called "${name}". /pools lists them.`,
  usage: (usage: string) => `Usage: ${usage}`,
  poolCreated: (name: string, type: string) => `Pool "${name}" (${type}) created. /restock to add codes.`,
  thresholdSet: (name: string, n: number) => `Low-stock alert for ${name} set at ${n}.`,
  chooseRestockPool: 'Which pool do you want to restock?',
  restockPrompt: (name: string, hint: string) =>
    `Send the codes for ${name} now: paste them (${hint}), or send a CSV file. /cancel to stop.`,
  restockFilesPrompt: (name: string, hint: string) =>
    `Restocking ${name}: ${hint}. Each one is added as it arrives; /cancel when you are done.`,
  restockReport: (name: string, r: { accepted: number; duplicates: number; invalid: number }) =>
    `Restocked ${name}: ${r.accepted} added, ${r.duplicates} duplicate(s) skipped, ${r.invalid} invalid.`,
  importProgress: (rows: number, pct: number | null) => `Importing… ${rows} rows${pct === null ? '' : ` (${pct}%)`}`,
  rejectedLine: (line: number, reason: string) => `line ${line}: ${reason}`,
  cancelled: 'Stopped.',
  noTemplates: 'You have no listings yet. Create one in the dashboard or the API.',
  chooseTemplate: 'Which listing?',
  choosePool: 'Bind it to which pool?',
  bound: (title: string, pool: string) => `${title} now sells from ${pool}.`,
  noRequestsWaiting: 'Nothing is waiting for you.',
  /** Said before the seller chooses: a Stars refund gives back the whole charge, not the disputed part. */
  disputedRequest: (
    title: string,
    quantity: number,
    cost: { amount: number; items: number; disputedItems: number } | null,
  ) =>
    cost && cost.disputedItems < cost.items
      ? `❗ ${title} × ${quantity} — problem reported: ${cost.disputedItems} of ${cost.items} items disputed.\nReplace sends ${cost.disputedItems} new item(s) from stock. A refund returns the whole charge: ${cost.amount} ⭐ back to the buyer, and the ${cost.items - cost.disputedItems} item(s) not disputed are not returned to you.`
      : `❗ ${title} × ${quantity} — problem reported${cost ? `: a refund returns ${cost.amount} ⭐` : ''}`,
  deliverPrompt: (title: string) => `Paste the content to deliver for ${title} (one line per item). /cancel to stop.`,
  delivered: (title: string) => `Delivered ${title}. The buyer was told.`,
  dashboardLink: (url: string) => `Your sign-in link for the dashboard (valid 10 minutes, once):\n${url}`,
  noRequestsYet: 'You have not bought anything yet.',
  buyPrompt: (title: string, price: number, inStock: boolean) =>
    `${title} — ${price} ⭐ each${inStock ? '' : ' (sold out right now)'}. How many?`,
  chooseVariant: (title: string, from: number) => `${title} — from ${from} ⭐. Which one?`,
  variantButton: (title: string, price: number, remaining: number | null, blocked: boolean) =>
    `${title} — ${price} ⭐${blocked ? ' · sold out' : remaining !== null ? ` · ${remaining} left` : ''}`,
  limitReached: (title: string, count: number, period: string) =>
    `You have bought your limit of ${title}: ${count} ${en.limitPeriod(period)}.`,
  limitNote: (remaining: number, period: string) =>
    `\nYou may buy ${remaining} more${period === 'lifetime' ? '' : ` ${en.limitPeriodShort(period)}`}.`,
  limitPeriod: (period: string) => (period === 'day' ? 'per day' : period === 'week' ? 'per week' : 'in total'),
  limitPeriodShort: (period: string) => (period === 'day' ? 'today' : period === 'week' ? 'this week' : ''),
  variantPaused: (title: string) => `${title} is not on sale right now.`,
  templateGone: 'That listing is not available.',
  soldOut: (title: string) => `${title} is sold out right now.`,
  notifyMe: 'Tell me when it is back',
  willNotify: 'I will tell you when it is back in stock.',
  invoiceTitle: (title: string) => title,
  privateOnly: 'Send me this in a private chat: codes, sign-in links and invoices are not for a group.',
  openPrivateChat: 'Open a private chat',
  fileTooLarge: (maxBytes: number) =>
    `That file is larger than the ${byteSize(maxBytes)} I accept. Split it and send the parts one by one.`,
  downloadStalled: 'Telegram stopped sending that file, so nothing was imported. Please send it again.',
  error: 'Something went wrong on our side. Please try again.',
};

export type Texts = typeof en;
