import type { RequestStatus } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge, type Tone } from '../../../components/badge.tsx';

const TONE: Record<RequestStatus, Tone> = {
  pending_payment: 'gray',
  funded: 'blue',
  awaiting_stock: 'amber',
  preparing: 'blue',
  delivered: 'green',
  disputed: 'red',
  completed: 'neutral',
  refund_pending: 'amber',
  refunded: 'violet',
  cancelled: 'gray',
  expired: 'gray',
};

/**
 * A request status in the seller's words (`dash-order-status-…`, "Paid: deliver"), not the
 * buyer's shared `status-…` ones: the seller reads what is theirs to do.
 */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useT();
  return <Badge tone={TONE[status]}>{t(`dash-order-status-${status}`)}</Badge>;
}
