import { Template, UpdateTemplateInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, checkInput } from '../../../lib/api-client.ts';
import { storeTemplate } from './list-templates.ts';

export const updateTemplateInput = UpdateTemplateInput;
export const updateTemplateResponse = Template;

export function updateTemplate({ templateId, patch }: { templateId: string; patch: UpdateTemplateInput }) {
  return apiRequest(`/templates/${templateId}`, updateTemplateResponse, {
    method: 'PATCH',
    body: checkInput(updateTemplateInput, patch),
  });
}

export function useUpdateTemplate() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateTemplate, onSuccess: (t) => storeTemplate(client, t) });
}
