import { z } from 'zod';
import { Id } from './common.ts';
import { DeliveryType } from './enums.ts';

/** A calendar day in UTC, `YYYY-MM-DD`. */
export const Day = z.iso.date();

export const AnalyticsQuery = z.strictObject({
  days: z.coerce.number().int().min(7).max(90).default(30),
});
export type AnalyticsQuery = z.input<typeof AnalyticsQuery>;

/** One day of a pool's stock: drawable items at the end of the day (now, for today), items drawn and added that day. */
export const StockDay = z.object({
  day: Day,
  available: z.number().int(),
  draws: z.number().int(),
  added: z.number().int(),
});
export type StockDay = z.infer<typeof StockDay>;

export const StockHistory = z.object({ poolId: Id, days: z.array(StockDay) });
export type StockHistory = z.infer<typeof StockHistory>;

export const PoolAnalytics = z.object({
  poolId: Id,
  name: z.string(),
  deliveryType: DeliveryType,
  available: z.number().int(),
  /** Items drawn per day over the window, oldest day first. */
  drawsPerDay: z.array(z.object({ day: Day, draws: z.number().int() })),
  draws: z.number().int(),
  /** Average items drawn a day over the window. */
  dailyPace: z.number(),
  /** At that pace; null when nothing was drawn (no pace to run out at). */
  daysUntilEmpty: z.number().nullable(),
  /** Items that expired unsold, ever, and what the ones with a known cost cost. */
  expired: z.number().int(),
  expiredCost: z.number().int(),
});
export type PoolAnalytics = z.infer<typeof PoolAnalytics>;

const saleFigures = {
  /** Delivered and completed requests. */
  requests: z.number().int(),
  units: z.number().int(),
  revenue: z.number().int(),
  /** Items handed out for those requests (replacements included) and how many of them have a known cost. */
  items: z.number().int(),
  costedItems: z.number().int(),
  itemCost: z.number().int(),
  /** Revenue less item costs; null unless every item's cost is known. */
  margin: z.number().int().nullable(),
};

export const VariantAnalytics = z.object({
  variantId: Id,
  title: z.string(),
  ...saleFigures,
  soldCount: z.number().int(),
  maxQuantity: z.number().int().nullable(),
});
export type VariantAnalytics = z.infer<typeof VariantAnalytics>;

/** A listing's figures are its variants' sums. */
export const TemplateAnalytics = z.object({
  templateId: Id,
  title: z.string(),
  ...saleFigures,
  soldCount: z.number().int(),
  maxQuantity: z.number().int().nullable(),
  variants: z.array(VariantAnalytics),
});
export type TemplateAnalytics = z.infer<typeof TemplateAnalytics>;

export const AnalyticsOverview = z.object({
  days: z.number().int(),
  from: Day,
  to: Day,
  pools: z.array(PoolAnalytics),
  templates: z.array(TemplateAnalytics),
  totals: z.object({
    requests: z.number().int(),
    revenue: z.number().int(),
    draws: z.number().int(),
    expired: z.number().int(),
    expiredCost: z.number().int(),
  }),
});
export type AnalyticsOverview = z.infer<typeof AnalyticsOverview>;
