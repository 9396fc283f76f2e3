import type { RequestStatus } from '@codepool/shared';
import { Badge, type Tone } from '../../../components/badge.tsx';

export const REQUEST_STATUS: Record<RequestStatus, { label: string; tone: Tone }> = {
  pending_payment: { label: 'Awaiting payment', tone: 'gray' },
  funded: { label: 'Paid: deliver', tone: 'blue' },
  awaiting_stock: { label: 'Awaiting stock', tone: 'amber' },
  preparing: { label: 'From supplier', tone: 'blue' },
  delivered: { label: 'Delivered', tone: 'green' },
  disputed: { label: 'Disputed', tone: 'red' },
  completed: { label: 'Completed', tone: 'neutral' },
  refund_pending: { label: 'Refunding', tone: 'amber' },
  refunded: { label: 'Refunded', tone: 'violet' },
  cancelled: { label: 'Cancelled', tone: 'gray' },
  expired: { label: 'Expired', tone: 'gray' },
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={REQUEST_STATUS[status].tone}>{REQUEST_STATUS[status].label}</Badge>;
}
