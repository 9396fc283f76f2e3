import type { Template } from '@codepool/shared';
import { asc, eq } from 'drizzle-orm';
import { templates } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { stockCounts } from '../pools/stock-counts.ts';
import { toTemplateResponse } from './template-response.ts';

export async function listTemplates(ctx: ServiceContext): Promise<Template[]> {
  const rows = await ctx.db
    .select()
    .from(templates)
    .where(eq(templates.sellerId, sellerId(ctx)))
    .orderBy(asc(templates.title));
  const poolIds = [...new Set(rows.flatMap((r) => (r.defaultPoolId ? [r.defaultPoolId] : [])))];
  const counts = await stockCounts(ctx.db, sellerId(ctx), poolIds);
  return rows.map((r) => toTemplateResponse(r, r.defaultPoolId ? (counts.get(r.defaultPoolId)?.available ?? 0) : null));
}
