import type { RequestStatus } from '@codepool/shared';
import type { Tone } from '../../components/chip.tsx';

export type StatusInfo = { label: string; tone: Tone; hint: string };

/**
 * Every request status, in words a buyer understands. Exhaustive: a new status fails the type
 * check here. `refundByHand`: a pending refund that waits on the seller paying it back by hand.
 */
export function statusInfo(
  status: RequestStatus,
  { refundByHand = false }: { refundByHand?: boolean } = {},
): StatusInfo {
  switch (status) {
    case 'pending_payment':
      return { label: 'Awaiting payment', tone: 'warning', hint: 'Pay with Telegram Stars to get your order.' };
    case 'funded':
      return { label: 'Paid', tone: 'info', hint: 'Payment received — your order is being delivered.' };
    case 'awaiting_stock':
      return {
        label: 'Waiting for stock',
        tone: 'warning',
        hint: 'The seller is restocking. Your order is delivered as soon as stock arrives.',
      };
    case 'preparing':
      return {
        label: 'Being prepared',
        tone: 'info',
        hint: 'Paid. The seller’s supplier is preparing your order; it arrives here as soon as it is ready.',
      };
    case 'delivered':
      return { label: 'Delivered', tone: 'success', hint: 'Your order is ready to reveal.' };
    case 'disputed':
      return {
        label: 'Problem reported',
        tone: 'danger',
        hint: 'The seller is looking into the problem you reported.',
      };
    case 'completed':
      return { label: 'Completed', tone: 'neutral', hint: 'This purchase is complete.' };
    case 'refund_pending':
      return refundByHand
        ? {
            label: 'Refund by the seller',
            tone: 'warning',
            hint: 'This payment cannot be returned automatically: the seller has been asked to pay it back. If it does not arrive, send /paysupport to the bot.',
          }
        : { label: 'Refund pending', tone: 'warning', hint: 'Your Stars are on their way back.' };
    case 'refunded':
      return { label: 'Refunded', tone: 'neutral', hint: 'Your Stars were refunded.' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral', hint: 'This order was cancelled before payment.' };
    case 'expired':
      return { label: 'Expired', tone: 'neutral', hint: 'This order was not paid in time.' };
    default:
      return unknownStatus(status);
  }
}

/** A status this build does not know yet (the server is newer): shown plainly instead of failing. */
function unknownStatus(status: never): StatusInfo {
  const label = String(status).replace(/_/g, ' ');
  return { label: label.charAt(0).toUpperCase() + label.slice(1), tone: 'neutral', hint: '' };
}
