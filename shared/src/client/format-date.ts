// One way to write a moment in both apps (en-GB, the reader's time zone), so a request's
// date reads the same in the Mini App and the dashboard. Empty for a missing or unreadable
// value: callers show their own placeholder.
// Another language passes its locale (the translator's), and gets its own way of writing dates.
const formats = new Map<string, { dateOnly: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();
function formatsOf(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      dateOnly: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    formats.set(locale, f);
  }
  return f;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `20 Nov 2025`. */
export function formatDate(iso: string | null | undefined, locale = 'en-GB'): string {
  const d = parse(iso);
  return d ? formatsOf(locale === 'en' ? 'en-GB' : locale).dateOnly.format(d) : '';
}

/** `20 Nov 2025, 10:01`. */
export function formatDateTime(iso: string | null | undefined, locale = 'en-GB'): string {
  const d = parse(iso);
  return d ? formatsOf(locale === 'en' ? 'en-GB' : locale).dateTime.format(d) : '';
}
