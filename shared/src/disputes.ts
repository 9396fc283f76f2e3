import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { DisputeReason, DisputeStatus } from './enums.ts';

export const OpenDisputeInput = z
  .strictObject({
    reason: DisputeReason,
    text: z.string().trim().max(1000).default(''),
    /** Which delivered items the problem is with; all of the request's items when left out. */
    itemIds: z
      .array(z.uuid())
      .min(1)
      .max(100)
      // One remedy per item: a repeated id would ask for a second replacement of the same code.
      .refine((ids) => new Set(ids).size === ids.length, { message: 'each item may be listed once' })
      .optional(),
  })
  .refine((d) => d.reason !== 'other' || d.text.length > 0, { message: 'say what is wrong', path: ['text'] });
export type OpenDisputeInput = z.input<typeof OpenDisputeInput>;

export const ResolveDisputeInput = z.strictObject({ action: z.enum(['replace', 'refund']) });
export type ResolveDisputeInput = z.infer<typeof ResolveDisputeInput>;

export const Dispute = z.object({
  id: Id,
  requestId: Id,
  reason: DisputeReason,
  text: z.string(),
  itemIds: z.array(Id),
  status: DisputeStatus,
  openedAt: Timestamp,
  /** Unanswered by then, the buyer is refunded automatically. */
  respondBy: Timestamp,
  resolvedAt: Timestamp.nullable(),
  replacementItemIds: z.array(Id),
});
export type Dispute = z.infer<typeof Dispute>;
