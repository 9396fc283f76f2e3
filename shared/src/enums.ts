import { z } from 'zod';

// Status values live here once: they feed the database enums, the zod schemas and the
// exhaustive switches in the bot, the Mini App and the dashboard.

export const DELIVERY_TYPES = ['code', 'key', 'account', 'license', 'bundle', 'custom', 'file', 'image'] as const;
export const DeliveryType = z.enum(DELIVERY_TYPES);
export type DeliveryType = z.infer<typeof DeliveryType>;

export const ITEM_STATUSES = ['available', 'reserved', 'delivered', 'expired', 'invalid', 'withdrawn'] as const;
export const ItemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const REQUEST_STATUSES = [
  'pending_payment',
  'funded',
  'awaiting_stock',
  /** Funded; what the pool lacked is being bought from its supplier for this sale. */
  'preparing',
  'delivered',
  'disputed',
  'completed',
  'refund_pending',
  'refunded',
  'cancelled',
  'expired',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/**
 * One row per charge. `refund_pending`: the provider's refund API is being asked (retried);
 * `refund_manual`: the provider has no refund API, a person must pay it back and confirm.
 */
export const ESCROW_STATUSES = ['funded', 'released', 'refund_pending', 'refund_manual', 'refunded'] as const;
export const EscrowStatus = z.enum(ESCROW_STATUSES);
export type EscrowStatus = z.infer<typeof EscrowStatus>;

/** `files`: uploaded files or a ZIP of them, one item per file (file and image pools). */
export const IMPORT_SOURCES = ['csv', 'bot', 'api', 'supplier', 'files'] as const;
export const ImportSource = z.enum(IMPORT_SOURCES);
export type ImportSource = z.infer<typeof ImportSource>;

export const IMPORT_STATUSES = ['processing', 'completed', 'failed', 'undone'] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export const NotificationStatus = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

export const NOTIFICATION_KINDS = [
  'delivery',
  'sale',
  'manual_delivery_needed',
  'awaiting_stock',
  'low_stock',
  'out_of_stock',
  'expiring_items',
  'dispute_opened',
  'dispute_resolved',
  'back_in_stock',
  'refund',
  'pool_paused',
  /** To the buyer: a charge the order could not take (paid twice, too late, wrong amount) is being given back. */
  'payment_returned',
  /** To the buyer: the refund was asked of a provider that pays back by hand. */
  'refund_requested',
  /** To the seller: a refund they must make by hand, then confirm. */
  'refund_manual',
  /** To the sellers concerned: Telegram's ledger and ours disagree. */
  'reconcile_mismatch',
  /** To the seller: a supplier order failed (and what happened to the sale). */
  'supplier_order_failed',
  /** To the seller: a supplier source paused itself (failure share) and its listings with it. */
  'supplier_paused',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** How the primary field is folded before fingerprinting, so that near-identical codes count as duplicates. */
export const NORMALISATION_RULES = ['trim', 'upper', 'alnum'] as const;
export const NormalisationRule = z.enum(NORMALISATION_RULES);
export type NormalisationRule = z.infer<typeof NormalisationRule>;

export const CURRENCIES = ['XTR'] as const;
export const Currency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof Currency>;

/**
 * What an API token may do. Every route a token can reach names one of these; a route that
 * names none refuses tokens. Money moves (dispute answers, manual delivery) and the
 * seller's books (ledger, audit trail) have their own scopes.
 */
export const API_TOKEN_SCOPES = [
  'pools:read',
  'pools:write',
  'templates:write',
  'requests:read',
  'requests:write',
  'ledger:read',
  'audit:read',
] as const;
export const ApiTokenScope = z.enum(API_TOKEN_SCOPES);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;

export const DISPUTE_REASONS = ['invalid', 'already_used', 'wrong_region', 'other'] as const;
export const DisputeReason = z.enum(DISPUTE_REASONS);
export type DisputeReason = z.infer<typeof DisputeReason>;

export const DISPUTE_STATUSES = ['open', 'replaced', 'refunded'] as const;
export const DisputeStatus = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const LEDGER_KINDS = ['escrow_release'] as const;
export const LedgerKind = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** Why a line or item was turned away: clients branch on this, never on the wording of `reason`. */
export const REJECT_CODES = ['invalid', 'duplicate_in_file', 'duplicate_in_stock'] as const;
export const RejectCode = z.enum(REJECT_CODES);
export type RejectCode = z.infer<typeof RejectCode>;

/** The rolling window a per-buyer limit counts over; `lifetime` never forgets. */
export const BUYER_LIMIT_PERIODS = ['day', 'week', 'lifetime'] as const;
export const BuyerLimitPeriod = z.enum(BUYER_LIMIT_PERIODS);
export type BuyerLimitPeriod = z.infer<typeof BuyerLimitPeriod>;

/**
 * The rules a purchase is checked against, when the request is opened, at pre-checkout and
 * inside the funding transaction. Errors and refusals name the one that was broken.
 */
export const PURCHASE_RULES = [
  'variant_required',
  'variant_inactive',
  'min_per_order',
  'max_per_order',
  'variant_cap',
  'listing_cap',
  'buyer_limit',
] as const;
export const PurchaseRule = z.enum(PURCHASE_RULES);
export type PurchaseRule = z.infer<typeof PurchaseRule>;

/**
 * A request in one of these holds its units of a capped variant and listing: funding adds them
 * to the sold counts, the refund (start-refund, the one transition out) gives them back.
 */
export const SOLD_STATUSES = [
  'funded',
  'awaiting_stock',
  'preparing',
  'delivered',
  'disputed',
  'completed',
] as const satisfies readonly RequestStatus[];
