import { PurchaseRule } from '../enums.ts';
import type { Translator } from '../i18n/translator.ts';
import { type ApiErrorCode, isApiError } from './api-error.ts';

const GENERIC = 'Something went wrong. Please try again.';

export type DescribeErrorOptions = {
  /** What to say instead of the server's words for these codes (each app words "signed out" its own way). */
  byCode?: Partial<Record<ApiErrorCode, string>>;
  /**
   * The reader's language. The server writes its messages in English: an English reader gets
   * them as they are (they name the field or the thing), anyone else the catalogue's sentence
   * for the error's code, or for the purchase rule it broke.
   */
  i18n?: Pick<Translator, 'locale' | 't' | 'has'>;
};

function ruleOf(details: unknown): { rule: PurchaseRule; args: Record<string, number | string> } | null {
  if (typeof details !== 'object' || details === null) return null;
  const rule = PurchaseRule.safeParse((details as { rule?: unknown }).rule);
  if (!rule.success) return null;
  const args: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(details)) if (typeof v === 'number' || typeof v === 'string') args[k] = v;
  return { rule: rule.data, args };
}

/**
 * The sentence to show for a failed call: the app's own words for a code it names, else the
 * server's message (first letter capitalised, ending in a full stop), or its translation.
 */
export function describeError(e: unknown, { byCode = {}, i18n }: DescribeErrorOptions = {}): string {
  // Only an ApiError's message was written for people; anything else is a bug's text.
  if (!isApiError(e)) return i18n ? i18n.t('error-internal') : GENERIC;
  const own = byCode[e.code];
  if (own) return own;
  if (i18n && i18n.locale !== 'en') {
    const rule = ruleOf(e.details);
    if (rule && i18n.has(`rule-${rule.rule}`)) return i18n.t(`rule-${rule.rule}`, rule.args);
    return i18n.t(i18n.has(`error-${e.code}`) ? `error-${e.code}` : 'error-internal');
  }
  const message = e.message.trim();
  if (!message) return i18n ? i18n.t('error-internal') : GENERIC;
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
