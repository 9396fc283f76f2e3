import { CreateTemplateInput, Template } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, checkInput } from '../../../lib/api-client.ts';
import { storeTemplate } from './list-templates.ts';

export const createTemplateInput = CreateTemplateInput;
export const createTemplateResponse = Template;

export function createTemplate(input: CreateTemplateInput) {
  return apiRequest('/templates', createTemplateResponse, {
    method: 'POST',
    body: checkInput(createTemplateInput, input),
  });
}

export function useCreateTemplate() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createTemplate, onSuccess: (t) => storeTemplate(client, t) });
}
