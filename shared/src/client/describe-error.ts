import { type ApiErrorCode, isApiError } from './api-error.ts';

const GENERIC = 'Something went wrong. Please try again.';

export type DescribeErrorOptions = {
  /** What to say instead of the server's words for these codes (each app words "signed out" its own way). */
  byCode?: Partial<Record<ApiErrorCode, string>>;
};

/**
 * The sentence to show for a failed call: the app's own words for a code it names, else the
 * server's message, first letter capitalised and ending in a full stop.
 */
export function describeError(e: unknown, { byCode = {} }: DescribeErrorOptions = {}): string {
  // Only an ApiError's message was written for people; anything else is a bug's text.
  if (!isApiError(e)) return GENERIC;
  const own = byCode[e.code];
  if (own) return own;
  const message = e.message.trim();
  if (!message) return GENERIC;
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
