import { type BuyerLimit, CreateVariantInput, STANDARD_VARIANT_TITLE } from '@codepool/shared';
import type { z } from 'zod';

export type ParsedVariant = z.output<typeof CreateVariantInput>;

/** The two columns a buyer limit is stored in; `null` clears it, `undefined` leaves it. */
export function limitColumns(limit: BuyerLimit | null | undefined) {
  if (limit === undefined) return {};
  return { buyerLimitCount: limit?.count ?? null, buyerLimitPeriod: limit?.period ?? null };
}

/** A variant's row values from its parsed input. */
export function variantValues({ buyerLimit, ...v }: ParsedVariant) {
  return { ...v, ...limitColumns(buyerLimit) };
}

/** The one variant the shorthand (price, defaultPoolId, per-order bounds, limit) describes. */
export function shorthandVariant(t: {
  price?: number | undefined;
  defaultPoolId?: string | null | undefined;
  minPerOrder?: number | undefined;
  maxPerOrder?: number | undefined;
  buyerLimit?: BuyerLimit | null | undefined;
}): ParsedVariant {
  return CreateVariantInput.parse({
    title: STANDARD_VARIANT_TITLE,
    price: t.price,
    poolId: t.defaultPoolId ?? null,
    minPerOrder: t.minPerOrder ?? 1,
    maxPerOrder: t.maxPerOrder ?? Math.max(1, t.minPerOrder ?? 1),
    buyerLimit: t.buyerLimit ?? null,
  });
}
