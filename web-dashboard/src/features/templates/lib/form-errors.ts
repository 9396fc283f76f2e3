import { isApiError } from '@codepool/shared/client';
import type { Translate } from '@codepool/shared/i18n';
import { fieldErrors } from '../../../components/field.tsx';

/**
 * A failed save's messages by field: the validation details' paths, plus the cap field when the
 * server refused a cap under what is already sold (409, details `{ rule, soldCount }`).
 */
export function formErrors(error: unknown, t: Translate): Record<string, string> {
  if (!isApiError(error)) return {};
  const out = fieldErrors(error.details);
  const d = error.details;
  if (error.code === 'conflict' && d && typeof d === 'object' && 'rule' in d && 'soldCount' in d) {
    const { rule, soldCount } = d as { rule: unknown; soldCount: unknown };
    if ((rule === 'variant_cap' || rule === 'listing_cap') && typeof soldCount === 'number') {
      out.maxQuantity = t('dash-listing-cap-below-sold', { sold: soldCount });
    }
  }
  return out;
}

/** The messages under `prefix.` (a new listing's `variants.1.price` is variant 1's `price`). */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = message;
  }
  return out;
}
