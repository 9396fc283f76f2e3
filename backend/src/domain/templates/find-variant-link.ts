import type { VariantLink } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import { templateVariants } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** Which listing a variant's deep link (`v_<variantId>`) opens. A removed variant's link is gone. */
export async function findVariantLink(ctx: ServiceContext, { variantId }: { variantId: string }): Promise<VariantLink> {
  const [row] = await ctx.db
    .select({ templateId: templateVariants.templateId, removedAt: templateVariants.removedAt })
    .from(templateVariants)
    .where(eq(templateVariants.id, variantId));
  if (!row || row.removedAt) throw new NotFoundError('variant');
  return { templateId: row.templateId, variantId };
}
