import type { Template } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type TemplateRow, type TemplateVariantRow, templates, templateVariants } from '../../db/schema/index.ts';
import { NotFoundError } from '../errors.ts';
import { stockCounts } from '../pools/stock-counts.ts';
import { loadVariants } from './load-variants.ts';
import { toTemplateResponse } from './template-response.ts';

/** The seller's listing; with `lock`, its row is held for the transaction (variant edits serialise on it). */
export async function findSellerTemplate(
  db: DbOrTx,
  sellerId: string,
  templateId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<TemplateRow> {
  const query = db
    .select()
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.sellerId, sellerId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('template');
  return row;
}

/** One live variant of the seller's listing. */
export async function findSellerVariant(
  db: DbOrTx,
  templateId: string,
  variantId: string,
): Promise<TemplateVariantRow> {
  const [row] = await db
    .select()
    .from(templateVariants)
    .where(and(eq(templateVariants.id, variantId), eq(templateVariants.templateId, templateId)));
  if (!row || row.removedAt) throw new NotFoundError('variant');
  return row;
}

/** Seller views of listings, with each bound pool's drawable count. */
export async function sellerTemplateResponses(db: DbOrTx, sellerId: string, rows: TemplateRow[]): Promise<Template[]> {
  const variants = await loadVariants(
    db,
    rows.map((r) => r.id),
  );
  const poolIds = [...new Set([...variants.values()].flat().flatMap((v) => (v.poolId ? [v.poolId] : [])))];
  const counts = await stockCounts(db, sellerId, poolIds);
  return rows.map((r) => toTemplateResponse(r, variants.get(r.id) ?? [], (p) => counts.get(p)?.available ?? 0));
}

/** The seller's view of one listing. */
export async function sellerTemplateResponse(db: DbOrTx, sellerId: string, templateId: string): Promise<Template> {
  const [response] = await sellerTemplateResponses(db, sellerId, [await findSellerTemplate(db, sellerId, templateId)]);
  if (!response) throw new NotFoundError('template');
  return response;
}
