import type { RejectedLine } from '@codepool/shared';
import { DEFAULT_LOCALE, type Translator } from '@codepool/shared/i18n';

/**
 * Why a line or file was not imported, in the reader's language. English shows the server's
 * own words; another language says it by its code. A file import's duplicate begins with the
 * file's name ("again.png: already in your stock"), which is kept: the seller needs to know
 * which file it was.
 */
export function rejectReason(
  { code, reason }: Pick<RejectedLine, 'code' | 'reason'>,
  { locale, t }: Pick<Translator, 'locale' | 't'>,
): string {
  if (locale === DEFAULT_LOCALE) return reason;
  const text = t(`reject-${code}`, { reason });
  const named = code === 'invalid' ? -1 : reason.lastIndexOf(': ');
  return named > 0 ? `${reason.slice(0, named)}: ${text}` : text;
}
