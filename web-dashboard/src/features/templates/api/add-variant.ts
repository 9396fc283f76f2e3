import { CreateVariantInput, Template } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, checkInput } from '../../../lib/api-client.ts';
import { storeTemplate } from './list-templates.ts';

export const addVariantInput = CreateVariantInput;
/** The whole listing, with the new variant among its variants. */
export const addVariantResponse = Template;

export function addVariant({ templateId, variant }: { templateId: string; variant: CreateVariantInput }) {
  return apiRequest(`/templates/${templateId}/variants`, addVariantResponse, {
    method: 'POST',
    body: checkInput(addVariantInput, variant),
  });
}

export function useAddVariant() {
  const client = useQueryClient();
  return useMutation({ mutationFn: addVariant, onSuccess: (t) => storeTemplate(client, t) });
}
