import { Me } from '@codepool/shared';
import { apiRequest } from '../../lib/api-client.ts';

/** Stores the user's language (null: follow Telegram's again); the answer is the new `Me`. */
export function chooseLanguage(locale: string | null) {
  return apiRequest('/me', Me, { method: 'PATCH', body: { locale } });
}
