import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * Where a pool's stock comes from. `stock`: what the seller uploaded, nothing else.
 * `on_demand`: a sale draws the pool's own stock first and buys what is missing from the
 * supplier for that sale. `backfill`: the pool sells from stock; when drawable stock falls
 * under the source's threshold, a restock batch is bought and imported like any batch.
 */
export const POOL_SOURCE_MODES = ['stock', 'on_demand', 'backfill'] as const;
export const PoolSourceMode = z.enum(POOL_SOURCE_MODES);
export type PoolSourceMode = z.infer<typeof PoolSourceMode>;

/** `kinguin`: the Kinguin eCommerce API. `seller_server`: the seller's own server, over our signed protocol. */
export const SUPPLIER_KINDS = ['kinguin', 'seller_server'] as const;
export const SupplierKind = z.enum(SUPPLIER_KINDS);
export type SupplierKind = z.infer<typeof SupplierKind>;

/** `paused`: too many recent orders failed (or the seller paused it); its listings sell nothing until resumed. */
export const SUPPLIER_SOURCE_STATUSES = ['active', 'paused'] as const;
export const SupplierSourceStatus = z.enum(SUPPLIER_SOURCE_STATUSES);
export type SupplierSourceStatus = z.infer<typeof SupplierSourceStatus>;

/**
 * A supplier order's life. `pending`: written with the sale (or the restock decision), not
 * yet placed. `placing`: a place call went out and its answer is not recorded; a retry first
 * recovers the order by our id. `processing`: the supplier has it. `completed`: its keys are
 * stored (and, for a sale, delivered). `failed`: given up (out of stock, cost above the cap,
 * errors, no keys in time); the sale went to own stock or was refunded. `canceled`: by the
 * seller or the supplier.
 */
export const SUPPLIER_ORDER_STATUSES = ['pending', 'placing', 'processing', 'completed', 'failed', 'canceled'] as const;
export const SupplierOrderStatus = z.enum(SUPPLIER_ORDER_STATUSES);
export type SupplierOrderStatus = z.infer<typeof SupplierOrderStatus>;
export const OPEN_SUPPLIER_ORDER_STATUSES = [
  'pending',
  'placing',
  'processing',
] as const satisfies SupplierOrderStatus[];

/** `sale`: bought for one paid request. `backfill`: a restock batch for the pool. */
export const SUPPLIER_ORDER_PURPOSES = ['sale', 'backfill'] as const;
export const SupplierOrderPurpose = z.enum(SUPPLIER_ORDER_PURPOSES);
export type SupplierOrderPurpose = z.infer<typeof SupplierOrderPurpose>;

/** An ISO 4217 code, upper case: the supplier's currency; costs are whole minor units of it (cents). */
export const SupplierCurrency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code');

/** A supplier's own product or listing id: printable, no spaces, bounded. */
const ProductRef = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces');

const Secret = z
  .string()
  .min(8, 'at least 8 characters')
  .max(512)
  .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces');

/** An absolute http(s) URL without credentials in it. */
export const SupplierBaseUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), 'credentials go in their own fields, not in the URL');

/** Credentials as entered; never returned. Kinguin: the API key. Seller server: the shared HMAC secret. */
export const KinguinCredentials = z.strictObject({ apiKey: Secret });
export const SellerServerCredentials = z.strictObject({ secret: Secret.min(32, 'at least 32 characters') });

const SourceCommon = {
  /** The supplier's product: Kinguin's `productId`; the seller server's listing name. */
  productId: ProductRef,
  /** The highest unit cost accepted, in minor units of `currency`: an order above it is not placed. */
  maxUnitCost: z.number().int().min(1).max(100_000_000),
  currency: SupplierCurrency.default('EUR'),
  /** Base URL of the supplier's API; Kinguin's production gateway when left out. */
  baseUrl: SupplierBaseUrl.optional(),
  /** How long a sale waits for keys before it is delivered from own stock or refunded. */
  waitMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** backfill: restock when drawable stock falls under this. */
  backfillThreshold: z.number().int().min(0).max(1_000_000).default(0),
  /** backfill: how many units one restock buys. */
  backfillQuantity: z.number().int().min(1).max(10_000).default(10),
  /** backfill: most spent on restocks per UTC day, in minor units of `currency`. */
  dailySpendCap: z.number().int().min(0).max(1_000_000_000).default(0),
};

/**
 * PUT /pools/:id/source. `mode: 'stock'` removes the supplier (orders already placed run to
 * their end). Credentials may be left out when the source already has them.
 */
export const PoolSourceInput = z.union([
  z.strictObject({ mode: z.literal('stock') }),
  z.strictObject({
    mode: z.enum(['on_demand', 'backfill']),
    kind: z.literal('kinguin'),
    credentials: KinguinCredentials.optional(),
    ...SourceCommon,
  }),
  z.strictObject({
    mode: z.enum(['on_demand', 'backfill']),
    kind: z.literal('seller_server'),
    credentials: SellerServerCredentials.optional(),
    ...SourceCommon,
    baseUrl: SupplierBaseUrl,
  }),
]);
export type PoolSourceInput = z.input<typeof PoolSourceInput>;
export type PoolSourceConfig = z.output<typeof PoolSourceInput>;

/** The supplier's price and availability for the product, as last seen. */
export const SupplierQuote = z.object({
  /** Lowest unit price on offer, minor units of `currency`; null when nothing is on offer. */
  unitCost: z.number().int().nullable(),
  currency: SupplierCurrency,
  /** Units on offer; null when the supplier does not say. */
  available: z.number().int().nullable(),
  /** The product's name at the supplier, when it tells. */
  name: z.string().nullable(),
  checkedAt: Timestamp,
});
export type SupplierQuote = z.infer<typeof SupplierQuote>;

/** A pool's source as its seller sees it: never the credentials, only whether they are set. */
export const PoolSource = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('stock') }),
  z.object({
    mode: z.enum(['on_demand', 'backfill']),
    id: Id,
    kind: SupplierKind,
    productId: z.string(),
    maxUnitCost: z.number().int(),
    currency: SupplierCurrency,
    baseUrl: z.string(),
    waitMinutes: z.number().int(),
    backfillThreshold: z.number().int(),
    backfillQuantity: z.number().int(),
    dailySpendCap: z.number().int(),
    credentialsSet: z.boolean(),
    status: SupplierSourceStatus,
    pausedReason: z.string().nullable(),
    /** Where the supplier posts events: Kinguin's webhooks, the seller server's callbacks. */
    webhookUrl: z.string(),
    /**
     * Kinguin only, and only in the answer to the PUT that created it (or rotated it): the
     * X-Event-Secret to enter in Kinguin's dashboard. Stored hashed; never shown again.
     */
    webhookSecret: z.string().optional(),
    quote: SupplierQuote.nullable(),
    /** Recent orders and how many of them failed: what the pause rule looks at. */
    recent: z.object({ orders: z.number().int(), failed: z.number().int() }),
  }),
]);
export type PoolSource = z.infer<typeof PoolSource>;

/** POST /pools/:id/source/test: the saved source, or the one in the body before it is saved. */
export const TestSourceResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), quote: SupplierQuote, withinCap: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.string(), message: z.string() }) }),
]);
export type TestSourceResult = z.infer<typeof TestSourceResult>;

export const SupplierOrder = z.object({
  id: Id,
  poolId: Id,
  sourceId: Id,
  kind: SupplierKind,
  purpose: SupplierOrderPurpose,
  requestId: Id.nullable(),
  quantity: z.number().int(),
  status: SupplierOrderStatus,
  /** The supplier's own order id, once it has one. */
  supplierOrderId: z.string().nullable(),
  attempts: z.number().int(),
  unitCost: z.number().int().nullable(),
  totalCost: z.number().int().nullable(),
  currency: SupplierCurrency,
  keysReceived: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: Timestamp.nullable(),
  deadlineAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** What the seller may do now. */
  canRetry: z.boolean(),
  canCancel: z.boolean(),
});
export type SupplierOrder = z.infer<typeof SupplierOrder>;

export const SupplierOrdersQuery = z.strictObject({
  status: SupplierOrderStatus.optional(),
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
