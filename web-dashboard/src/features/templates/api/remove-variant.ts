import { Template } from '@codepool/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeTemplate } from './list-templates.ts';

/** The listing without the variant. Its past orders keep it; the last live variant is refused (409). */
export const removeVariantResponse = Template;

export function removeVariant({ templateId, variantId }: { templateId: string; variantId: string }) {
  return apiRequest(`/templates/${templateId}/variants/${variantId}`, removeVariantResponse, { method: 'DELETE' });
}

export function useRemoveVariant() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeVariant, onSuccess: (t) => storeTemplate(client, t) });
}
