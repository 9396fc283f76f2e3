// One way to write a moment in both apps (en-GB, the reader's time zone), so a request's
// date reads the same in the Mini App and the dashboard. Empty for a missing or unreadable
// value: callers show their own placeholder.
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `20 Nov 2025`. */
export function formatDate(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? dateOnly.format(d) : '';
}

/** `20 Nov 2025, 10:01`. */
export function formatDateTime(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? dateTime.format(d) : '';
}
