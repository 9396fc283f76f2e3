import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Currency } from './enums.ts';

const templateFields = {
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  /** Whole Telegram Stars per unit. */
  price: z.number().int().min(1).max(100_000),
  maxQuantity: z.number().int().min(1).max(100),
  instructions: z.string().trim().max(4000),
  defaultPoolId: Id.nullable(),
  active: z.boolean(),
  autoPause: z.boolean(),
};

export const CreateTemplateInput = z.strictObject({
  ...templateFields,
  currency: Currency,
  description: templateFields.description.default(''),
  maxQuantity: templateFields.maxQuantity.default(1),
  instructions: templateFields.instructions.default(''),
  defaultPoolId: templateFields.defaultPoolId.default(null),
  active: templateFields.active.default(true),
  autoPause: templateFields.autoPause.default(true),
});
export type CreateTemplateInput = z.input<typeof CreateTemplateInput>;

export const UpdateTemplateInput = z
  .strictObject(templateFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type UpdateTemplateInput = z.input<typeof UpdateTemplateInput>;

export const Template = z.object({
  id: Id,
  sellerId: Id,
  title: z.string(),
  description: z.string(),
  price: z.number().int(),
  currency: Currency,
  maxQuantity: z.number().int(),
  instructions: z.string(),
  defaultPoolId: Id.nullable(),
  active: z.boolean(),
  autoPause: z.boolean(),
  /** Paused by the system because the bound pool ran empty; lifted on restock. */
  autoPaused: z.boolean(),
  createdAt: Timestamp,
  /** Drawable items in the bound pool, or null when delivery is manual. */
  available: z.number().int().nullable(),
});
export type Template = z.infer<typeof Template>;

/** What any signed-in user may see of a listing, for instance a buyer arriving from a deep link. */
export const PublicTemplate = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  price: z.number().int(),
  currency: Currency,
  maxQuantity: z.number().int(),
  purchasable: z.boolean(),
  inStock: z.boolean(),
  sellerName: z.string(),
});
export type PublicTemplate = z.infer<typeof PublicTemplate>;
