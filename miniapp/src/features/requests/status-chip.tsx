import type { RequestStatus } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Chip } from '../../components/chip.tsx';
import { statusInfo } from './request-status.ts';

export function StatusChip({ status, refundByHand }: { status: RequestStatus; refundByHand?: boolean }) {
  const t = useT();
  const { label, tone } = statusInfo(t, status, { refundByHand });
  return <Chip tone={tone}>{label}</Chip>;
}
