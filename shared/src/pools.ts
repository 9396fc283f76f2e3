import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { DeliveryType, NormalisationRule } from './enums.ts';
import { CustomFields, FieldDef } from './fields.ts';
import { PoolSourceMode } from './suppliers.ts';

export const StockCounts = z.object({
  /** Available and not yet past expiry: what can be drawn now. */
  available: z.number().int(),
  reserved: z.number().int(),
  delivered: z.number().int(),
  /** Swept as expired, or still marked available but past expiry. */
  expired: z.number().int(),
  invalid: z.number().int(),
  withdrawn: z.number().int(),
  /** Available items that expire within seven days. */
  expiringSoon: z.number().int(),
});
export type StockCounts = z.infer<typeof StockCounts>;

export const CreatePoolInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    deliveryType: DeliveryType,
    lowStockThreshold: z.number().int().min(0).max(1_000_000).default(0),
    normalisation: NormalisationRule.default('trim'),
    fields: CustomFields.optional(),
  })
  .refine((p) => (p.deliveryType === 'custom') === (p.fields !== undefined), {
    message: 'fields are given for custom pools, and only for them',
    path: ['fields'],
  });
export type CreatePoolInput = z.input<typeof CreatePoolInput>;

export const UpdatePoolInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    lowStockThreshold: z.number().int().min(0).max(1_000_000),
    normalisation: NormalisationRule,
    /** false resumes a pool paused for too many invalid disputes. */
    paused: z.literal(false),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type UpdatePoolInput = z.input<typeof UpdatePoolInput>;

export const Pool = z.object({
  id: Id,
  name: z.string(),
  deliveryType: DeliveryType,
  fields: z.array(FieldDef),
  lowStockThreshold: z.number().int(),
  normalisation: NormalisationRule,
  /** Paused pools sell nothing until the seller resumes them. */
  pausedAt: Timestamp.nullable(),
  pausedReason: z.string().nullable(),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  stock: StockCounts,
  /** Where its stock comes from; GET /pools/:id/source has the supplier's details. */
  source: PoolSourceMode,
});
export type Pool = z.infer<typeof Pool>;

export const ListPoolsQuery = z.strictObject({
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
