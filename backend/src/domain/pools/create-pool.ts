import { CreatePoolInput, fieldsFor, type Pool } from '@codepool/shared';
import { pools } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { isUniqueViolation } from '../pg-errors.ts';
import { toPoolResponse } from './pool-response.ts';

export async function createPool(ctx: ServiceContext, input: CreatePoolInput): Promise<Pool> {
  const owner = sellerId(ctx);
  const p = CreatePoolInput.parse(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(pools)
        .values({
          id: uuidv7(),
          sellerId: owner,
          name: p.name,
          deliveryType: p.deliveryType,
          fields: fieldsFor(p.deliveryType, p.fields),
          lowStockThreshold: p.lowStockThreshold,
          normalisation: p.normalisation,
        })
        .returning();
      if (!row) throw new Error('pool insert returned no row');
      await recordAudit(tx, ctx.actor, 'pool.created', { type: 'pool', id: row.id }, { name: row.name }, ctx.origin);
      return toPoolResponse(row, undefined);
    });
  } catch (e) {
    if (isUniqueViolation(e, 'pools_seller_name_live_uq')) throw new ConflictError(`a pool named "${p.name}" exists`);
    throw e;
  }
}
