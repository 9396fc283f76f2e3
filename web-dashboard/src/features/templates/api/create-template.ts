import { CreateTemplateInput, Template } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const createTemplateInput = CreateTemplateInput;
export const createTemplateResponse = Template;

export function createTemplate(input: CreateTemplateInput) {
  return apiRequest('/templates', createTemplateResponse, { method: 'POST', body: createTemplateInput.parse(input) });
}

export function useCreateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createTemplate,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.templates }),
  });
}
