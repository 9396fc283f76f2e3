import { z } from 'zod';
import { Id, PageQuery, Timestamp } from './common.ts';

export const AUDIT_SUBJECT_TYPES = [
  'pool',
  'purchase_request',
  'template',
  'template_variant',
  'api_token',
  'user',
] as const;

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
