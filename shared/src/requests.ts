import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common.ts';
import { Currency, DisputeReason, RequestStatus } from './enums.ts';
import { MAX_FIELD_LENGTH } from './fields.ts';
import { RevealedFile } from './files.ts';

export const CreateRequestInput = z.strictObject({
  templateId: Id,
  /** Which variant; may be left out only when the listing has one. */
  variantId: Id.optional(),
  quantity: z.number().int().min(1).max(100).default(1),
});
export type CreateRequestInput = z.input<typeof CreateRequestInput>;

/** A purchase request as its buyer or seller sees it. Never carries item content, only masked previews. */
export const PurchaseRequest = z.object({
  id: Id,
  templateId: Id,
  variantId: Id,
  /** The listing's title, and the variant's when the listing has several (e.g. "Steam · $25 EU"). */
  title: z.string(),
  variantTitle: z.string(),
  buyerId: Id,
  sellerId: Id,
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  total: z.number().int(),
  currency: Currency,
  status: RequestStatus,
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  fundedAt: Timestamp.nullable(),
  deliveredAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  cancelledAt: Timestamp.nullable(),
  disputedAt: Timestamp.nullable(),
  refundedAt: Timestamp.nullable(),
  disputeWindowEndsAt: Timestamp.nullable(),
  items: z.array(z.object({ id: Id, preview: z.string(), revealedAt: Timestamp.nullable() })),
  /** Items still to be delivered by hand (a manual order, or a replacement owed after a dispute). */
  itemsOwed: z.number().int(),
  /**
   * A refund of this request waits on a person: its provider has no refund API, so the seller
   * was asked to pay it back by hand and confirm it. The buyer is told so, not "on its way".
   */
  refundByHand: z.boolean(),
  /** The open dispute, with what each remedy costs the seller, so it is said before they choose. */
  openDispute: z
    .object({
      id: Id,
      reason: DisputeReason,
      itemIds: z.array(Id),
      respondBy: Timestamp,
      /** A Stars refund returns the whole charge (the Bot API refunds charges, not parts). */
      refundCost: z.object({
        amount: z.number().int(),
        currency: Currency,
        items: z.number().int(),
        disputedItems: z.number().int(),
      }),
    })
    .nullable(),
});
export type PurchaseRequest = z.infer<typeof PurchaseRequest>;

export const ListRequestsQuery = PageQuery.extend({
  role: z.enum(['buyer', 'seller']).default('buyer'),
  status: RequestStatus.optional(),
});

export const RevealedField = z.object({
  name: z.string(),
  label: z.string(),
  value: z.string(),
  /** Clients keep sensitive values behind an eye toggle even after reveal. */
  sensitive: z.boolean(),
});

export const RevealResult = z.object({
  requestId: Id,
  instructions: z.string(),
  items: z.array(
    z.object({
      id: Id,
      fields: z.array(RevealedField),
      /**
       * When the item counts as seen. A file or image item with no text fields is seen at its
       * first download, so this is null until then.
       */
      revealedAt: Timestamp.nullable(),
      /** Present for a file or image item. */
      file: RevealedFile.optional(),
    }),
  ),
});
export type RevealResult = z.infer<typeof RevealResult>;

export const DownloadLinkParams = z.strictObject({ id: Id, itemId: Id });

export const DeliverManuallyInput = z.strictObject({
  /** One content per item bought, in order. */
  contents: z.array(z.string().max(MAX_FIELD_LENGTH)).min(1).max(100),
});
export type DeliverManuallyInput = z.infer<typeof DeliverManuallyInput>;
