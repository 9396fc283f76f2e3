import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { BuyerLimitPeriod, Currency } from './enums.ts';

/** The title a listing's only variant gets when the seller did not name one. */
export const STANDARD_VARIANT_TITLE = 'Standard';
/** A listing holds at most this many live variants (denominations × regions of one card). */
export const MAX_VARIANTS = 20;

/** A sales cap: how many units may ever be sold. Unlimited is `null`, never -1. */
export const SalesCap = z.number().int().min(1).max(10_000_000).nullable();

/** At most `count` units per Telegram user over a rolling day, a rolling week, or ever. */
export const BuyerLimit = z.strictObject({
  count: z.number().int().min(1).max(10_000),
  period: BuyerLimitPeriod,
});
export type BuyerLimit = z.infer<typeof BuyerLimit>;

const variantFields = {
  title: z.string().trim().min(1).max(60),
  /** Whole Telegram Stars per unit. */
  price: z.number().int().min(1).max(100_000),
  poolId: Id.nullable(),
  /** The variant's own cap on units sold. */
  maxQuantity: SalesCap,
  minPerOrder: z.number().int().min(1).max(100),
  maxPerOrder: z.number().int().min(1).max(100),
  buyerLimit: BuyerLimit.nullable(),
  active: z.boolean(),
};

const perOrderInOrder = (v: { minPerOrder?: number; maxPerOrder?: number }) =>
  v.minPerOrder === undefined || v.maxPerOrder === undefined || v.minPerOrder <= v.maxPerOrder;
const perOrderMessage = { message: 'minPerOrder must not exceed maxPerOrder', path: ['minPerOrder'] };

export const CreateVariantInput = z
  .strictObject({
    ...variantFields,
    poolId: variantFields.poolId.default(null),
    maxQuantity: variantFields.maxQuantity.default(null),
    minPerOrder: variantFields.minPerOrder.default(1),
    maxPerOrder: variantFields.maxPerOrder.default(1),
    buyerLimit: variantFields.buyerLimit.default(null),
    active: variantFields.active.default(true),
  })
  .refine(perOrderInOrder, perOrderMessage);
export type CreateVariantInput = z.input<typeof CreateVariantInput>;

export const UpdateVariantInput = z
  .strictObject({ ...variantFields, position: z.number().int().min(0).max(MAX_VARIANTS) })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(perOrderInOrder, perOrderMessage);
export type UpdateVariantInput = z.input<typeof UpdateVariantInput>;

export const VariantParams = z.strictObject({ id: Id, variantId: Id });

const listingFields = {
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  instructions: z.string().trim().max(4000),
  active: z.boolean(),
  autoPause: z.boolean(),
  /** The listing's cap across all its variants. */
  maxQuantity: SalesCap,
};

/**
 * The one-variant shorthand: a listing made or edited with these fields has (or must have) a
 * single variant, which they describe. It is how listings were made before variants, and
 * still the short way to make one.
 */
const shorthandFields = {
  price: variantFields.price,
  defaultPoolId: variantFields.poolId,
  minPerOrder: variantFields.minPerOrder,
  maxPerOrder: variantFields.maxPerOrder,
  buyerLimit: variantFields.buyerLimit,
};
const SHORTHAND_KEYS = Object.keys(shorthandFields) as (keyof typeof shorthandFields)[];

export const CreateTemplateInput = z
  .strictObject({
    title: listingFields.title,
    currency: Currency,
    description: listingFields.description.default(''),
    instructions: listingFields.instructions.default(''),
    active: listingFields.active.default(true),
    autoPause: listingFields.autoPause.default(true),
    maxQuantity: listingFields.maxQuantity.default(null),
    variants: z.array(CreateVariantInput).min(1).max(MAX_VARIANTS).optional(),
    ...shorthandFields,
    price: shorthandFields.price.optional(),
    defaultPoolId: shorthandFields.defaultPoolId.optional(),
    minPerOrder: shorthandFields.minPerOrder.optional(),
    maxPerOrder: shorthandFields.maxPerOrder.optional(),
    buyerLimit: shorthandFields.buyerLimit.optional(),
  })
  .refine((t) => (t.variants === undefined) !== (t.price === undefined), {
    message: 'give either variants or a price (the one-variant shorthand)',
    path: ['variants'],
  })
  .refine((t) => t.variants === undefined || SHORTHAND_KEYS.every((k) => t[k] === undefined), {
    message: 'with variants, price, pool and limits belong to each variant',
    path: ['variants'],
  })
  .refine(perOrderInOrder, perOrderMessage);
export type CreateTemplateInput = z.input<typeof CreateTemplateInput>;

export const UpdateTemplateInput = z
  .strictObject({ ...listingFields, ...shorthandFields })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(perOrderInOrder, perOrderMessage);
export type UpdateTemplateInput = z.input<typeof UpdateTemplateInput>;

/** Whether a listing edit uses the one-variant shorthand. */
export function usesShorthand(patch: Partial<Record<string, unknown>>): boolean {
  return SHORTHAND_KEYS.some((k) => patch[k] !== undefined);
}

export const Variant = z.object({
  id: Id,
  templateId: Id,
  position: z.number().int(),
  title: z.string(),
  price: z.number().int(),
  poolId: Id.nullable(),
  maxQuantity: z.number().int().nullable(),
  soldCount: z.number().int(),
  /** What the variant's own cap still allows; null when it has none. */
  remaining: z.number().int().nullable(),
  minPerOrder: z.number().int(),
  maxPerOrder: z.number().int(),
  buyerLimit: BuyerLimit.nullable(),
  active: z.boolean(),
  /** Drawable items in the bound pool, or null when delivery is manual. */
  available: z.number().int().nullable(),
  createdAt: Timestamp,
});
export type Variant = z.infer<typeof Variant>;

export const Template = z.object({
  id: Id,
  sellerId: Id,
  title: z.string(),
  description: z.string(),
  /** The lowest price among active variants ("from"), or the lowest of all when none is active. */
  price: z.number().int(),
  currency: Currency,
  /** The listing's cap across its variants; null when it has none. */
  maxQuantity: z.number().int().nullable(),
  soldCount: z.number().int(),
  remaining: z.number().int().nullable(),
  instructions: z.string(),
  /** The pool of a one-variant listing (the shorthand); null when it has several variants. */
  defaultPoolId: Id.nullable(),
  active: z.boolean(),
  autoPause: z.boolean(),
  /** Paused by the system because every bound pool ran empty; lifted on restock. */
  autoPaused: z.boolean(),
  createdAt: Timestamp,
  /** Drawable items across the variants' pools, or null when every variant is delivered by hand. */
  available: z.number().int().nullable(),
  variants: z.array(Variant),
});
export type Template = z.infer<typeof Template>;

/** Why a buyer cannot buy a variant right now; null when they can. */
export const VariantBlock = z.enum(['paused', 'sold_out', 'variant_cap', 'listing_cap', 'buyer_limit']);
export type VariantBlock = z.infer<typeof VariantBlock>;

/** A variant as the caller sees it, with what they in particular may still buy. */
export const PublicVariant = z.object({
  id: Id,
  title: z.string(),
  price: z.number().int(),
  minPerOrder: z.number().int(),
  maxPerOrder: z.number().int(),
  inStock: z.boolean(),
  /** Units left under the variant's and the listing's caps, the tighter one; null when uncapped. */
  remaining: z.number().int().nullable(),
  buyerLimit: BuyerLimit.nullable(),
  /** What the caller's own limit still allows; null when there is none. */
  buyerRemaining: z.number().int().nullable(),
  /** The most the caller may order now; 0 when blocked. */
  maxNow: z.number().int(),
  blockedBy: VariantBlock.nullable(),
});
export type PublicVariant = z.infer<typeof PublicVariant>;

/** What any signed-in user may see of a listing, for instance a buyer arriving from a deep link. */
export const PublicTemplate = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  /** The lowest price among its variants ("from"). */
  price: z.number().int(),
  currency: Currency,
  purchasable: z.boolean(),
  inStock: z.boolean(),
  sellerName: z.string(),
  maxQuantity: z.number().int().nullable(),
  remaining: z.number().int().nullable(),
  /** Active variants, in the seller's order. */
  variants: z.array(PublicVariant),
});
export type PublicTemplate = z.infer<typeof PublicTemplate>;

/** Which listing a variant's deep link (`v_<variantId>`) opens. */
export const VariantLink = z.object({ templateId: Id, variantId: Id });
export type VariantLink = z.infer<typeof VariantLink>;

export const WatchTemplateInput = z.strictObject({ variantId: Id.optional() });
export type WatchTemplateInput = z.infer<typeof WatchTemplateInput>;
