import type { BuyerLimit, PublicTemplate, PublicVariant, Template, Variant } from '@codepool/shared';
import type { TemplateRow, TemplateVariantRow } from '../../db/schema/index.ts';

export function buyerLimitOf(v: TemplateVariantRow): BuyerLimit | null {
  return v.buyerLimitCount !== null && v.buyerLimitPeriod !== null
    ? { count: v.buyerLimitCount, period: v.buyerLimitPeriod }
    : null;
}

/** What a cap still allows; null when there is none. */
export function capRemaining(cap: number | null, sold: number): number | null {
  return cap === null ? null : Math.max(0, cap - sold);
}

/** Variants a seller still sells or may sell again, in the seller's order. */
export function liveVariants(rows: TemplateVariantRow[]): TemplateVariantRow[] {
  return rows
    .filter((v) => v.removedAt === null)
    .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

/** "From" price: the lowest among active variants, or among all when none is active. */
export function fromPrice(variants: TemplateVariantRow[]): number {
  const active = variants.filter((v) => v.active);
  const prices = (active.length > 0 ? active : variants).map((v) => v.price);
  return prices.length > 0 ? Math.min(...prices) : 0;
}

export function toVariantResponse(v: TemplateVariantRow, available: number | null): Variant {
  return {
    id: v.id,
    templateId: v.templateId,
    position: v.position,
    title: v.title,
    price: v.price,
    poolId: v.poolId,
    maxQuantity: v.maxQuantity,
    soldCount: v.soldCount,
    remaining: capRemaining(v.maxQuantity, v.soldCount),
    minPerOrder: v.minPerOrder,
    maxPerOrder: v.maxPerOrder,
    buyerLimit: buyerLimitOf(v),
    active: v.active,
    available: v.poolId ? available : null,
    createdAt: v.createdAt.toISOString(),
  };
}

/** The seller's view; `availableIn` gives a pool's drawable count. */
export function toTemplateResponse(
  row: TemplateRow,
  variants: TemplateVariantRow[],
  availableIn: (poolId: string) => number,
): Template {
  const live = liveVariants(variants);
  const pools = [...new Set(live.flatMap((v) => (v.poolId ? [v.poolId] : [])))];
  return {
    id: row.id,
    sellerId: row.sellerId,
    title: row.title,
    description: row.description,
    price: fromPrice(live),
    currency: row.currency,
    maxQuantity: row.maxQuantity,
    soldCount: row.soldCount,
    remaining: capRemaining(row.maxQuantity, row.soldCount),
    instructions: row.instructions,
    defaultPoolId: live.length === 1 ? (live[0]?.poolId ?? null) : null,
    active: row.active,
    autoPause: row.autoPause,
    autoPaused: row.autoPaused,
    createdAt: row.createdAt.toISOString(),
    available: pools.length > 0 ? pools.reduce((sum, p) => sum + availableIn(p), 0) : null,
    variants: live.map((v) => toVariantResponse(v, v.poolId ? availableIn(v.poolId) : null)),
  };
}

export function toPublicTemplate(row: TemplateRow, variants: PublicVariant[], sellerName: string): PublicTemplate {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    price: variants.length > 0 ? Math.min(...variants.map((v) => v.price)) : 0,
    currency: row.currency,
    purchasable: row.active,
    inStock: variants.some((v) => v.inStock),
    sellerName,
    maxQuantity: row.maxQuantity,
    remaining: capRemaining(row.maxQuantity, row.soldCount),
    variants,
  };
}
