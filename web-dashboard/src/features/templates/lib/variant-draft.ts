import {
  type BuyerLimit,
  type BuyerLimitPeriod,
  STANDARD_VARIANT_TITLE,
  type Template,
  type UpdateTemplateInput,
  type UpdateVariantInput,
  type Variant,
} from '@codepool/shared';

/** The pool select's value for "no pool: the seller delivers by hand" (the API's `poolId: null`). */
export const MANUAL_DELIVERY = '';
/** The buyer-limit select's value for "no limit" (the API's `buyerLimit: null`). */
export const NO_LIMIT = '';

/** A variant as its form holds it: the inputs' text, so an emptied box stays empty while typed in. */
export type VariantDraft = {
  title: string;
  price: string;
  poolId: string;
  /** Empty is unlimited. */
  maxQuantity: string;
  minPerOrder: string;
  maxPerOrder: string;
  limitCount: string;
  limitPeriod: BuyerLimitPeriod | typeof NO_LIMIT;
  active: boolean;
};

/** The listing's own fields as its form holds them. */
export type ListingDraft = {
  title: string;
  description: string;
  instructions: string;
  active: boolean;
  autoPause: boolean;
  /** Empty is unlimited. */
  maxQuantity: string;
};

const int = (text: string) => Number.parseInt(text.trim(), 10);
/** A cap box: empty is unlimited (null); anything else is the number typed. */
export const capFrom = (text: string): number | null => (text.trim() === '' ? null : int(text));
const capText = (cap: number | null) => (cap === null ? '' : String(cap));

export function newVariantDraft(title = STANDARD_VARIANT_TITLE): VariantDraft {
  return {
    title,
    price: '100',
    poolId: MANUAL_DELIVERY,
    maxQuantity: '',
    minPerOrder: '1',
    maxPerOrder: '1',
    limitCount: '1',
    limitPeriod: NO_LIMIT,
    active: true,
  };
}

export function variantDraft(v: Variant): VariantDraft {
  return {
    title: v.title,
    price: String(v.price),
    poolId: v.poolId ?? MANUAL_DELIVERY,
    maxQuantity: capText(v.maxQuantity),
    minPerOrder: String(v.minPerOrder),
    maxPerOrder: String(v.maxPerOrder),
    limitCount: String(v.buyerLimit?.count ?? 1),
    limitPeriod: v.buyerLimit?.period ?? NO_LIMIT,
    active: v.active,
  };
}

function buyerLimitFrom(d: VariantDraft): BuyerLimit | null {
  return d.limitPeriod === NO_LIMIT ? null : { count: int(d.limitCount), period: d.limitPeriod };
}

/** A variant's editable fields, all given: what a form sends when it adds one. */
export type VariantValues = Pick<
  Variant,
  'title' | 'price' | 'poolId' | 'maxQuantity' | 'minPerOrder' | 'maxPerOrder' | 'buyerLimit' | 'active'
>;

/** The body of POST /templates/:id/variants (and one entry of a new listing's `variants`). */
export function variantInput(d: VariantDraft): VariantValues {
  return {
    title: d.title.trim(),
    price: int(d.price),
    poolId: d.poolId === MANUAL_DELIVERY ? null : d.poolId,
    maxQuantity: capFrom(d.maxQuantity),
    minPerOrder: int(d.minPerOrder),
    maxPerOrder: int(d.maxPerOrder),
    buyerLimit: buyerLimitFrom(d),
    active: d.active,
  };
}

const sameLimit = (a: BuyerLimit | null, b: BuyerLimit | null) =>
  a === b || (a !== null && b !== null && a.count === b.count && a.period === b.period);

/** Only what the form changed, for PATCH /templates/:id/variants/:variantId; null when nothing did. */
export function variantPatch(v: Variant, d: VariantDraft): UpdateVariantInput | null {
  const next = variantInput(d);
  const patch: UpdateVariantInput = {};
  if (next.title !== v.title) patch.title = next.title;
  if (next.price !== v.price) patch.price = next.price;
  if (next.poolId !== v.poolId) patch.poolId = next.poolId;
  if (next.maxQuantity !== v.maxQuantity) patch.maxQuantity = next.maxQuantity;
  if (next.minPerOrder !== v.minPerOrder) patch.minPerOrder = next.minPerOrder;
  if (next.maxPerOrder !== v.maxPerOrder) patch.maxPerOrder = next.maxPerOrder;
  if (!sameLimit(next.buyerLimit, v.buyerLimit)) patch.buyerLimit = next.buyerLimit;
  if (next.active !== v.active) patch.active = next.active;
  return Object.keys(patch).length === 0 ? null : patch;
}

export function listingDraft(t?: Template): ListingDraft {
  return {
    title: t?.title ?? '',
    description: t?.description ?? '',
    instructions: t?.instructions ?? '',
    active: t?.active ?? true,
    autoPause: t?.autoPause ?? true,
    maxQuantity: capText(t?.maxQuantity ?? null),
  };
}

export function listingValues(d: ListingDraft) {
  return {
    title: d.title.trim(),
    description: d.description.trim(),
    instructions: d.instructions.trim(),
    active: d.active,
    autoPause: d.autoPause,
    maxQuantity: capFrom(d.maxQuantity),
  };
}

/**
 * Only the listing fields the form changed, for PATCH /templates/:id. Never the one-variant
 * shorthand: variants are edited on their own, and the shorthand is refused on a listing of several.
 */
export function listingPatch(t: Template, d: ListingDraft): UpdateTemplateInput | null {
  const next = listingValues(d);
  const patch: UpdateTemplateInput = {};
  if (next.title !== t.title) patch.title = next.title;
  if (next.description !== t.description) patch.description = next.description;
  if (next.instructions !== t.instructions) patch.instructions = next.instructions;
  if (next.active !== t.active) patch.active = next.active;
  if (next.autoPause !== t.autoPause) patch.autoPause = next.autoPause;
  if (next.maxQuantity !== t.maxQuantity) patch.maxQuantity = next.maxQuantity;
  return Object.keys(patch).length === 0 ? null : patch;
}
