import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common.ts';
import { ItemStatus, RejectCode } from './enums.ts';
import { MAX_FIELD_LENGTH, MAX_FIELDS } from './fields.ts';
import { ItemFile } from './files.ts';

export const MAX_ITEMS_PER_CALL = 1000;

export const ItemInput = z.strictObject({
  fields: z
    .record(z.string().max(32), z.string().max(MAX_FIELD_LENGTH))
    .refine((f) => Object.keys(f).length <= MAX_FIELDS, `at most ${MAX_FIELDS} fields`),
  expiresAt: Timestamp.optional(),
  /** What the item cost the seller, in minor units of the seller's own accounting. */
  cost: z.number().int().min(0).max(1_000_000_000).optional(),
  supplier: z.string().trim().max(100).optional(),
});
export type ItemInput = z.infer<typeof ItemInput>;

export const AddItemsInput = z.strictObject({
  items: z.array(ItemInput).min(1).max(MAX_ITEMS_PER_CALL),
  /** Skip items already in the seller's stock instead of refusing the whole call. */
  skipDuplicates: z.boolean().default(false),
});
export type AddItemsInput = z.input<typeof AddItemsInput>;

export const RejectedItem = z.object({ index: z.number().int(), code: RejectCode, reason: z.string() });

export const AddItemsResult = z.object({
  /** The batch these items went in as: undoable like an import. */
  batchId: Id,
  accepted: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  rejected: z.array(RejectedItem),
  items: z.array(z.object({ id: Id, preview: z.string() })),
});
export type AddItemsResult = z.infer<typeof AddItemsResult>;

export const Item = z.object({
  id: Id,
  poolId: Id,
  status: ItemStatus,
  preview: z.string(),
  expiresAt: Timestamp.nullable(),
  cost: z.number().int().nullable(),
  supplier: z.string().nullable(),
  importBatchId: Id.nullable(),
  purchaseRequestId: Id.nullable(),
  createdAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
  revealedAt: Timestamp.nullable(),
  /** A file or image item's name, type and size (never its content). */
  file: ItemFile.optional(),
});
export type Item = z.infer<typeof Item>;

export const ListItemsQuery = PageQuery.extend({ status: ItemStatus.optional() });

export const MarkItemsInput = z.strictObject({
  itemIds: z.array(Id).min(1).max(MAX_ITEMS_PER_CALL),
  status: z.enum(['invalid', 'withdrawn']),
});
export type MarkItemsInput = z.infer<typeof MarkItemsInput>;

export const MarkItemsResult = z.object({
  updated: z.number().int(),
  /** Items that were not available (already sold, expired, gone) and so kept their status. */
  skipped: z.number().int(),
});

/**
 * An exact code to look for in the seller's stock. Sent in a body, never a query string:
 * URLs end up in access logs and browser history.
 */
export const FindItemInput = z.strictObject({ code: z.string().trim().min(1).max(MAX_FIELD_LENGTH) });
export type FindItemInput = z.infer<typeof FindItemInput>;

/** Items of the seller holding that code (a withdrawn copy may sit beside a live one); in any of their pools. */
export const FindItemResult = z.object({ items: z.array(Item) });
export type FindItemResult = z.infer<typeof FindItemResult>;
