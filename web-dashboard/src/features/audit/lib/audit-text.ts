import { type AuditEntry, DISPUTE_REASONS, type DisputeReason } from '@codepool/shared';
import type { Translator } from '@codepool/shared/i18n';

// The schema leaves `action` and `subjectType` open (a new event needs no client release), so
// each has a message where the catalogue knows it and reads as the raw code where it does not.
// Fluent ids have no dots: `pool.created` is `dash-audit-action-pool-created`.

/** What happened, in words: "Created a pool". */
export function actionLabel({ t, has }: Pick<Translator, 't' | 'has'>, action: string): string {
  const key = action.replace('.', '-');
  return has(`dash-audit-action-${key}`) ? t(`dash-audit-action-${key}`) : action;
}

/** What the row is about: "Pool", "Order". */
export function subjectLabel({ t, has }: Pick<Translator, 't' | 'has'>, subjectType: string): string {
  return has(`dash-audit-subject-${subjectType}`) ? t(`dash-audit-subject-${subjectType}`) : subjectType;
}

/** The metadata keys shown, in this order; each has a `dash-audit-detail-<key>` message. */
const DETAIL_KEYS = [
  'accepted',
  'duplicates',
  'invalid',
  'withdrawn',
  'count',
  'quantity',
  'total',
  'reason',
  'name',
  'available',
] as const;

const isDisputeReason = (v: unknown): v is DisputeReason => DISPUTE_REASONS.includes(v as DisputeReason);

/** A few of the row's ids and counts, in words; never content (the server stores none). */
export function auditDetails({ t }: Pick<Translator, 't'>, e: AuditEntry): string {
  const m = e.metadata;
  const parts: string[] = [];
  for (const key of DETAIL_KEYS) {
    const v = m[key];
    // A dispute's reason is a code with words of its own; other values are data and stay as they are.
    const value = key === 'reason' && isDisputeReason(v) ? t(`dispute-reason-${v}`) : v;
    if (typeof value === 'number' || typeof value === 'string') parts.push(t(`dash-audit-detail-${key}`, { value }));
  }
  if (Array.isArray(m.itemIds)) parts.push(t('dash-audit-detail-items', { count: m.itemIds.length }));
  if (m.changes && typeof m.changes === 'object') {
    const fields = Object.keys(m.changes);
    parts.push(
      fields.length > 0
        ? t('dash-audit-detail-changed', { fields: fields.join(', ') })
        : t('dash-audit-detail-changed-nothing'),
    );
  }
  return parts.join(' · ');
}
