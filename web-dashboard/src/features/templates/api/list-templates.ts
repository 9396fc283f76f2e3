import { Template } from '@codepool/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const listTemplatesResponse = z.array(Template);

export function listTemplates(signal?: AbortSignal) {
  return apiRequest('/templates', listTemplatesResponse, { signal });
}

export function useTemplates() {
  return useQuery({ queryKey: queryKeys.templates, queryFn: ({ signal }) => listTemplates(signal) });
}
