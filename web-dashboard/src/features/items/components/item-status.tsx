import type { ItemStatus } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge, type Tone } from '../../../components/badge.tsx';

/** Each status's badge colour; its word is the `dash-items-status-<status>` message. */
export const ITEM_STATUS_TONE: Record<ItemStatus, Tone> = {
  available: 'green',
  reserved: 'blue',
  delivered: 'neutral',
  expired: 'amber',
  invalid: 'red',
  withdrawn: 'gray',
};

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const t = useT();
  return <Badge tone={ITEM_STATUS_TONE[status]}>{t(`dash-items-status-${status}`)}</Badge>;
}
