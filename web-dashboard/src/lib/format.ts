const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const integer = new Intl.NumberFormat('en-US');
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** `2026-03-05` (a UTC day) → `5 Mar`. */
export const formatDay = (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`));
export const formatCount = (n: number) => integer.format(n);
export const formatDecimal = (n: number) => decimal.format(n);
/** The last 8 hex digits of a UUID: its random part (v7 ids begin with the time, alike for neighbours). */
export const shortId = (id: string) => id.slice(-8);

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${decimal.format(n / 1024)} KB`;
  return `${decimal.format(n / 1024 / 1024)} MB`;
}

/** "in 3 days", "2 hours ago". */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}
