import { DISPUTE_REASONS, type DisputeReason, OpenDisputeInput } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

export const DISPUTE_TEXT_MAX = 1000;

/** A reason as the form offers it: `app-dispute-reason-<reason>` and its `-hint`. */
export function reasonLabel(t: Translate, reason: DisputeReason): { title: string; hint: string } {
  return { title: t(`app-dispute-reason-${reason}`), hint: t(`app-dispute-reason-hint-${reason}`) };
}

export const REASONS: readonly DisputeReason[] = DISPUTE_REASONS;

export type DisputeDraft = { reason: DisputeReason | null; text: string };
export type DisputeErrors = { reason?: string; text?: string };

/**
 * Checks a dispute before it is sent, with the shared schema the server uses: a reason,
 * at most 1,000 characters, and a description when the reason is "other".
 */
export function validateDispute(
  t: Translate,
  draft: DisputeDraft,
): { ok: true; input: OpenDisputeInput } | { ok: false; errors: DisputeErrors } {
  const errors: DisputeErrors = {};
  if (!draft.reason) errors.reason = t('app-dispute-choose-reason');
  const text = draft.text.trim();
  if (text.length > DISPUTE_TEXT_MAX) {
    errors.text = t('app-dispute-too-long', { max: DISPUTE_TEXT_MAX, length: text.length });
  } else if (draft.reason === 'other' && text.length === 0) {
    errors.text = t('app-dispute-describe');
  }
  if (errors.reason || errors.text || !draft.reason) return { ok: false, errors };

  const parsed = OpenDisputeInput.safeParse({ reason: draft.reason, text });
  if (!parsed.success) {
    // The schema's own words are English; the reader gets the catalogue's.
    return { ok: false, errors: { text: t('app-dispute-check-form') } };
  }
  return { ok: true, input: { reason: draft.reason, text } };
}
