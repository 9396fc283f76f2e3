import type { RequestStatus } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';
import type { Tone } from '../../components/chip.tsx';

export type StatusInfo = { label: string; tone: Tone; hint: string };

const TONES: Record<RequestStatus, Tone> = {
  pending_payment: 'warning',
  funded: 'info',
  awaiting_stock: 'warning',
  preparing: 'info',
  delivered: 'success',
  disputed: 'danger',
  completed: 'neutral',
  refund_pending: 'warning',
  refunded: 'neutral',
  cancelled: 'neutral',
  expired: 'neutral',
};

/**
 * Every request status, in words a buyer understands (`app-status-<status>` and its `-hint`).
 * Exhaustive: a new status fails the type check of `TONES`. `refundByHand`: a pending refund
 * that waits on the seller paying it back by hand.
 */
export function statusInfo(
  t: Translate,
  status: RequestStatus,
  { refundByHand = false }: { refundByHand?: boolean } = {},
): StatusInfo {
  const tone = TONES[status];
  // A status this build does not know yet (the server is newer): shown plainly instead of failing.
  if (!tone) return unknownStatus(status);
  if (status === 'refund_pending' && refundByHand) {
    return { label: t('app-status-refund-by-hand'), tone, hint: t('app-status-refund-by-hand-hint') };
  }
  return { label: t(`app-status-${status}`), tone, hint: t(`app-status-hint-${status}`) };
}

function unknownStatus(status: string): StatusInfo {
  const label = String(status).replace(/_/g, ' ');
  return { label: label.charAt(0).toUpperCase() + label.slice(1), tone: 'neutral', hint: '' };
}
