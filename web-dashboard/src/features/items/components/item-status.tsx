import type { ItemStatus } from '@codepool/shared';
import { Badge, type Tone } from '../../../components/badge.tsx';

export const ITEM_STATUS: Record<ItemStatus, { label: string; tone: Tone }> = {
  available: { label: 'Available', tone: 'green' },
  reserved: { label: 'Reserved', tone: 'blue' },
  delivered: { label: 'Delivered', tone: 'neutral' },
  expired: { label: 'Expired', tone: 'amber' },
  invalid: { label: 'Invalid', tone: 'red' },
  withdrawn: { label: 'Withdrawn', tone: 'gray' },
};

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const s = ITEM_STATUS[status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
