import { Template, UpdateTemplateInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const updateTemplateInput = UpdateTemplateInput;
export const updateTemplateResponse = Template;

export function updateTemplate({ templateId, patch }: { templateId: string; patch: UpdateTemplateInput }) {
  return apiRequest(`/templates/${templateId}`, updateTemplateResponse, {
    method: 'PATCH',
    body: updateTemplateInput.parse(patch),
  });
}

export function useUpdateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateTemplate,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.templates }),
  });
}
