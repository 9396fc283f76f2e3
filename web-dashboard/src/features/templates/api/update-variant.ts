import { Template, UpdateVariantInput } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, checkInput } from '../../../lib/api-client.ts';
import { storeTemplate } from './list-templates.ts';

export const updateVariantInput = UpdateVariantInput;
export const updateVariantResponse = Template;

export function updateVariant({
  templateId,
  variantId,
  patch,
}: {
  templateId: string;
  variantId: string;
  patch: UpdateVariantInput;
}) {
  return apiRequest(`/templates/${templateId}/variants/${variantId}`, updateVariantResponse, {
    method: 'PATCH',
    body: checkInput(updateVariantInput, patch),
  });
}

export function useUpdateVariant() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateVariant, onSuccess: (t) => storeTemplate(client, t) });
}
