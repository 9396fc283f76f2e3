import { Template } from '@codepool/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
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

/**
 * Puts a listing the server just answered into the list at once (an open editor reads it from
 * there, so a saved variant shows without waiting for the refetch), then refetches the list.
 */
export function storeTemplate(client: QueryClient, template: Template) {
  client.setQueryData<Template[]>(queryKeys.templates, (list) =>
    list?.some((t) => t.id === template.id)
      ? list.map((t) => (t.id === template.id ? template : t))
      : [...(list ?? []), template],
  );
  return client.invalidateQueries({ queryKey: queryKeys.templates });
}
