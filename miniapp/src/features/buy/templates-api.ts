import { PublicTemplate } from '@codepool/shared';
import { apiRequest } from '../../lib/api-client.ts';

export function getTemplate(id: string, signal?: AbortSignal) {
  return apiRequest(`/templates/${encodeURIComponent(id)}`, PublicTemplate, { signal });
}
