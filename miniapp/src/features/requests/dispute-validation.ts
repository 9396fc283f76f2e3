import { DISPUTE_REASONS, type DisputeReason, OpenDisputeInput } from '@codepool/shared';

export const DISPUTE_TEXT_MAX = 1000;

export const REASON_LABELS: Record<DisputeReason, { title: string; hint: string }> = {
  invalid: { title: 'The code is invalid', hint: 'It is refused where it should work.' },
  already_used: { title: 'Already used', hint: 'Someone redeemed it before you.' },
  wrong_region: { title: 'Wrong region', hint: 'It does not work in your country or store.' },
  other: { title: 'Something else', hint: 'Tell the seller what went wrong.' },
};

export const REASONS: readonly DisputeReason[] = DISPUTE_REASONS;

export type DisputeDraft = { reason: DisputeReason | null; text: string };
export type DisputeErrors = { reason?: string; text?: string };

/**
 * Checks a dispute before it is sent, with the shared schema the server uses: a reason,
 * at most 1,000 characters, and a description when the reason is "other".
 */
export function validateDispute(
  draft: DisputeDraft,
): { ok: true; input: OpenDisputeInput } | { ok: false; errors: DisputeErrors } {
  const errors: DisputeErrors = {};
  if (!draft.reason) errors.reason = 'Choose what is wrong.';
  const text = draft.text.trim();
  if (text.length > DISPUTE_TEXT_MAX) {
    errors.text = `Keep it to ${DISPUTE_TEXT_MAX} characters (${text.length} now).`;
  } else if (draft.reason === 'other' && text.length === 0) {
    errors.text = 'Describe the problem — it is required when you choose “Something else”.';
  }
  if (errors.reason || errors.text || !draft.reason) return { ok: false, errors };

  const parsed = OpenDisputeInput.safeParse({ reason: draft.reason, text });
  if (!parsed.success) {
    return { ok: false, errors: { text: parsed.error.issues[0]?.message ?? 'Check the form.' } };
  }
  return { ok: true, input: { reason: draft.reason, text } };
}
