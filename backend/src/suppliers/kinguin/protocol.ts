import { z } from 'zod';

/**
 * The parts of the Kinguin eCommerce API's shapes we read (kinguinltdhk/Kinguin-eCommerce-API:
 * api/products/v1, api/order/v1 and v2, api/ErrorsCodes.md, features/Webhooks.md). Everything
 * else in an answer is ignored. Shared by the adapter, the sandbox and the webhook route, so
 * the three agree on one reading of the docs.
 */

const Str = z.string().max(4096);
const Money = z.number().finite().min(0).max(10_000_000);
const Count = z.number().int().min(0).max(1_000_000_000);

/** Product object (GET /v1/products/{kinguinId}, GET /v2/products/{productId}). */
export const KinguinProduct = z.object({
  kinguinId: z.number().int().optional(),
  productId: Str.optional(),
  name: Str.nullish(),
  qty: Count.nullish(),
  textQty: Count.nullish(),
  totalQty: Count.nullish(),
  price: Money.nullish(),
  updatedAt: Str.nullish(),
});
export type KinguinProduct = z.infer<typeof KinguinProduct>;

/** Order statuses: `processing`, `completed`; Webhooks.md's order.status also sends `canceled`. */
export const KinguinOrder = z.object({
  orderId: z.string().min(1).max(200),
  orderExternalId: z.string().max(200).nullish(),
  status: z.string().max(100),
  totalPrice: Money.nullish(),
  paymentPrice: z.union([Money, z.string().max(50)]).nullish(),
  createdAt: Str.nullish(),
  products: z
    .array(
      z.object({
        productId: Str.nullish(),
        kinguinId: z.number().int().nullish(),
        qty: Count,
        price: Money.nullish(),
        name: Str.nullish(),
      }),
    )
    .max(100)
    .default([]),
});
export type KinguinOrder = z.infer<typeof KinguinOrder>;

/** GET /v1/order search answer. */
export const KinguinOrderSearch = z.object({
  results: z.array(KinguinOrder).max(100),
  item_count: Count.optional(),
});

/** Key object (GET /v2/order/{orderId}/keys): `serial` is text, or base64 for `image/*`. */
export const KinguinKey = z.object({
  serial: z.string(),
  type: z.string().max(100),
  name: Str.nullish(),
  productId: Str.nullish(),
  offerId: Str.nullish(),
});
export const KinguinKeysPage = z.array(KinguinKey).max(100);

/** The error object of api/ErrorsCodes.md. */
export const KinguinErrorBody = z.object({
  kind: z.string().max(100).optional(),
  status: z.number().int().optional(),
  title: z.string().max(1000).optional(),
  detail: z.string().max(4000).optional(),
  propertyPath: z.string().max(200).optional(),
  retryable: z.boolean().optional(),
});
export type KinguinErrorBody = z.infer<typeof KinguinErrorBody>;

/** ErrorsCodes.md "Retryable kinds": the order is still being processed. */
export const RETRYABLE_KINDS = new Set([
  'OrderHold',
  'OrderNotDispatchedYet',
  'OrderPartiallyDispatched',
  'ProcessingPreorder',
  'HttpClient',
]);
export const BALANCE_KINDS = new Set(['InsufficientBalance', 'BalanceRequired', 'OrderNotPaid']);

/** The key types Kinguin documents (Key object). */
export const KEY_TYPES = ['text/plain', 'image/jpeg', 'image/png', 'image/gif'] as const;

/** Webhook bodies (features/Webhooks.md). `updatedAt` is `Y-m-d\TH:i:s.vP`. */
const EventTime = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a date');

export const ProductUpdateEvent = z.object({
  kinguinId: z.number().int().optional(),
  productId: z.string().max(200).optional(),
  qty: Count,
  textQty: Count.optional(),
  price: Money,
  cheapestOfferId: z.array(z.string().max(200)).max(100).optional(),
  updatedAt: EventTime,
});

export const OrderEvent = z.object({
  orderId: z.string().min(1).max(200),
  orderExternalId: z.string().max(200).nullish(),
  status: z.string().max(100).optional(),
  updatedAt: EventTime,
});

export const KINGUIN_EVENTS = ['order.complete', 'order.status', 'product.update'] as const;
export type KinguinEventName = (typeof KINGUIN_EVENTS)[number];

/** Kinguin prices are floats in EUR; we keep whole cents. */
export function toCents(eur: number): number {
  return Math.round(eur * 100);
}
