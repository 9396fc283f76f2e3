import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common.ts';
import { ApiTokenScope, DeliveryType } from './enums.ts';
import { MAX_FIELD_LENGTH } from './fields.ts';
import { Item } from './items.ts';
import { ApiToken } from './users.ts';

// What the web dashboard asks of the API beyond the resources every client shares.

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

export const TemplateAnalytics = z.object({
  templateId: Id,
  title: z.string(),
  /** Delivered and completed orders. */
  orders: z.number().int(),
  units: z.number().int(),
  revenue: z.number().int(),
  /** Items handed out for those orders (replacements included) and how many of them have a known cost. */
  items: z.number().int(),
  costedItems: z.number().int(),
  itemCost: z.number().int(),
  /** Revenue less item costs; null unless every item's cost is known. */
  margin: z.number().int().nullable(),
});
export type TemplateAnalytics = z.infer<typeof TemplateAnalytics>;

export const AnalyticsOverview = z.object({
  days: z.number().int(),
  from: Day,
  to: Day,
  pools: z.array(PoolAnalytics),
  templates: z.array(TemplateAnalytics),
  totals: z.object({
    orders: z.number().int(),
    revenue: z.number().int(),
    draws: z.number().int(),
    expired: z.number().int(),
    expiredCost: z.number().int(),
  }),
});
export type AnalyticsOverview = z.infer<typeof AnalyticsOverview>;

/**
 * An exact code to look for in the seller's stock. Sent in a body, never a query string:
 * URLs end up in access logs and browser history.
 */
export const FindItemInput = z.strictObject({ code: z.string().trim().min(1).max(MAX_FIELD_LENGTH) });
export type FindItemInput = z.infer<typeof FindItemInput>;

/** Items of the seller holding that code (a withdrawn copy may sit beside a live one); in any of their pools. */
export const FindItemResult = z.object({ items: z.array(Item) });
export type FindItemResult = z.infer<typeof FindItemResult>;

export const DeliverManuallyInput = z.strictObject({
  /** One content per item bought, in order. */
  contents: z.array(z.string().max(MAX_FIELD_LENGTH)).min(1).max(100),
});
export type DeliverManuallyInput = z.infer<typeof DeliverManuallyInput>;

export const AUDIT_SUBJECT_TYPES = ['pool', 'purchase_request', 'template', 'api_token', 'user'] as const;

export const ListAuditQuery = PageQuery.extend({
  subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional(),
  subjectId: Id.optional(),
});
export type ListAuditQuery = z.input<typeof ListAuditQuery>;

export const AuditEntry = z.object({
  id: Id,
  action: z.string(),
  actorType: z.enum(['seller', 'buyer', 'system']),
  /** The row was written by the signed-in seller themselves. */
  byYou: z.boolean(),
  subjectType: z.string(),
  subjectId: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  /** Only on the seller's own rows: a buyer's address is not the seller's to see. */
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const CreateApiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(60),
  scopes: z.array(ApiTokenScope).min(1).optional(),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

/** The token itself is in this answer only; afterwards only its name and use are known. */
export const CreatedApiToken = z.object({ token: z.string(), apiToken: ApiToken });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
