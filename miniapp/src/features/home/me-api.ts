import { Me } from '@codepool/shared';
import { apiRequest } from '../../lib/api-client.ts';

export function getMe(signal?: AbortSignal) {
  return apiRequest('/me', Me, { signal });
}
