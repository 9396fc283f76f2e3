import { PublicTemplate, VariantLink, WatchTemplateInput } from '@codepool/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client.ts';

export function getTemplate(id: string, signal?: AbortSignal) {
  return apiRequest(`/templates/${encodeURIComponent(id)}`, PublicTemplate, { signal });
}

/** Which listing a variant's deep link (`v_<variantId>`) belongs to. */
export function getVariantLink(variantId: string, signal?: AbortSignal) {
  return apiRequest(`/template-variants/${encodeURIComponent(variantId)}`, VariantLink, { signal });
}

const Watching = z.object({ watching: z.boolean() });

/** Asks to be told in Telegram when the listing (or the one variant) is back in stock. */
export function watchTemplate(templateId: string, input: WatchTemplateInput) {
  return apiRequest(`/templates/${encodeURIComponent(templateId)}/watch`, Watching, {
    method: 'POST',
    body: WatchTemplateInput.parse(input),
  });
}
