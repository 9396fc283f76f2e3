export function ProgressBar({
  label,
  value,
  detail,
  indeterminate = false,
  testId,
}: {
  label: string;
  /** 0 to 1. */
  value: number;
  detail?: string;
  indeterminate?: boolean;
  testId?: string;
}) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-head">
        <span>{label}</span>
        <span className="muted">{detail ?? `${pct}%`}</span>
      </div>
      <div
        className={`progress-track ${indeterminate ? 'progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={indeterminate ? undefined : pct}
      >
        <div className="progress-fill" style={{ width: indeterminate ? undefined : `${pct}%` }} />
      </div>
    </div>
  );
}
