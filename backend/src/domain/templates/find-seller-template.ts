import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type TemplateRow, templates } from '../../db/schema/index.ts';
import { NotFoundError } from '../errors.ts';
import { availableCount } from '../pools/stock-counts.ts';
import { toTemplateResponse } from './template-response.ts';

export async function findSellerTemplate(db: DbOrTx, sellerId: string, templateId: string): Promise<TemplateRow> {
  const [row] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.sellerId, sellerId)));
  if (!row) throw new NotFoundError('template');
  return row;
}

/** The seller's view of a template, with the bound pool's drawable count. */
export async function sellerTemplateResponse(db: DbOrTx, sellerId: string, templateId: string) {
  const row = await findSellerTemplate(db, sellerId, templateId);
  return toTemplateResponse(row, row.defaultPoolId ? await availableCount(db, row.defaultPoolId) : null);
}
