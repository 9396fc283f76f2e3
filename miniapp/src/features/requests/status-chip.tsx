import type { RequestStatus } from '@codepool/shared';
import { Chip } from '../../components/chip.tsx';
import { statusInfo } from './request-status.ts';

export function StatusChip({ status, refundByHand }: { status: RequestStatus; refundByHand?: boolean }) {
  const { label, tone } = statusInfo(status, { refundByHand });
  return <Chip tone={tone}>{label}</Chip>;
}
