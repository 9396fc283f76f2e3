import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type TemplateVariantRow, templateVariants } from '../../db/schema/index.ts';
import { liveVariants } from './template-response.ts';

/** The live variants of each listing, in the seller's order. */
export async function loadVariants(db: DbOrTx, templateIds: string[]): Promise<Map<string, TemplateVariantRow[]>> {
  const byTemplate = new Map<string, TemplateVariantRow[]>(templateIds.map((id) => [id, []]));
  if (templateIds.length === 0) return byTemplate;
  const rows = await db
    .select()
    .from(templateVariants)
    .where(inArray(templateVariants.templateId, templateIds))
    .orderBy(asc(templateVariants.position), asc(templateVariants.createdAt));
  for (const v of liveVariants(rows)) byTemplate.get(v.templateId)?.push(v);
  return byTemplate;
}
