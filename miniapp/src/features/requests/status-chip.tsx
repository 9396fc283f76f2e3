import type { RequestStatus } from '@codepool/shared';
import { Chip } from '../../components/chip.tsx';
import { statusInfo } from './request-status.ts';

export function StatusChip({ status }: { status: RequestStatus }) {
  const { label, tone } = statusInfo(status);
  return <Chip tone={tone}>{label}</Chip>;
}
