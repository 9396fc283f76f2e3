import type { Template } from '@codepool/shared';
import { asc, eq } from 'drizzle-orm';
import { templates } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { sellerTemplateResponses } from './find-seller-template.ts';

export async function listTemplates(ctx: ServiceContext): Promise<Template[]> {
  const rows = await ctx.db
    .select()
    .from(templates)
    .where(eq(templates.sellerId, sellerId(ctx)))
    .orderBy(asc(templates.title));
  return sellerTemplateResponses(ctx.db, sellerId(ctx), rows);
}
