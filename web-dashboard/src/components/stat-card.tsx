import type { ReactNode } from 'react';
import type { Tone } from './badge.tsx';

export function StatCard({
  label,
  value,
  hint,
  tone = 'neutral',
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: Tone;
  testId?: string;
}) {
  return (
    <div className={`stat stat-${tone}`} data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {hint && <div className="stat-hint">{hint}</div>}
    </div>
  );
}
