import { createHash, randomBytes } from 'node:crypto';
import { isFileDeliveryType, type PoolSource, PoolSourceInput } from '@codepool/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { sealCredentials } from '../../../crypto/secrets.ts';
import { supplierSources, templates } from '../../../db/schema/index.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../../context.ts';
import { ConflictError, PreconditionFailedError } from '../../errors.ts';
import { findSellerPool } from '../../pools/find-seller-pool.ts';
import { MANUAL_SOURCE } from '../../pools/manual-pool.ts';
import { stockedBy } from '../../templates/stocked-by.ts';
import { sourceOfPool } from './load-source.ts';
import { toSourceResponse } from './source-response.ts';

/**
 * Sets, changes or removes a pool's supplier source. Credentials are sealed under the source's
 * own id (copied to another row they no longer open); left out, the saved ones stay, unless the
 * supplier kind changes, which makes a new source (new id, new credentials) and leaves the old
 * row to the orders that name it. A new Kinguin source gets a random webhook secret, stored as
 * its SHA-256 and shown once in this answer. Saving a paused source resumes it, and the listings
 * its pause stopped sell again. `mode: 'stock'` removes the source; placed orders run to their end.
 */
export async function putSource(
  ctx: ServiceContext,
  { poolId, input }: { poolId: string; input: PoolSourceInput },
): Promise<PoolSource> {
  const owner = sellerId(ctx);
  const config = PoolSourceInput.parse(input);
  const result = await ctx.db.transaction(async (tx) => {
    // The pool's lock orders concurrent saves of its source.
    const pool = await findSellerPool(tx, owner, poolId, { forUpdate: true });
    const existing = await sourceOfPool(tx, poolId);
    const subject = { type: 'pool', id: poolId };

    if (config.mode === 'stock') {
      if (existing) {
        await tx
          .update(supplierSources)
          .set({ removedAt: sql`now()`, updatedAt: sql`now()` })
          .where(and(eq(supplierSources.id, existing.id), isNull(supplierSources.removedAt)));
        await recordAudit(
          tx,
          ctx.actor,
          'supplier.source_removed',
          subject,
          { sourceId: existing.id, kind: existing.kind },
          ctx.origin,
        );
      }
      return { row: null, webhookSecret: undefined, resumed: false };
    }

    if (pool.archivedAt) throw new ConflictError('an archived pool cannot get a supplier');
    if (pool.externalSource?.kind === MANUAL_SOURCE.kind)
      throw new ConflictError('a manual pool is delivered by hand; a supplier cannot fill it');
    // What a supplier sends is a code (or, from Kinguin, an image): never a custom pool's fields.
    if (pool.deliveryType === 'custom') throw new ConflictError('a custom pool cannot get its items from a supplier');
    if (config.kind === 'seller_server' && isFileDeliveryType(pool.deliveryType))
      throw new ConflictError('a seller server sends codes, not files: use it with a code pool');

    const sameKind = existing?.kind === config.kind;
    if (!config.credentials && !(sameKind && existing?.credentials))
      throw new PreconditionFailedError(
        existing && !sameKind
          ? 'changing the supplier needs its credentials'
          : 'enter the supplier credentials to connect this source',
      );
    const keep = sameKind ? existing : null;
    const id = keep?.id ?? uuidv7();
    const sealed = config.credentials ? sealCredentials(ctx.keys, id, config.credentials) : null;
    const webhookSecret =
      config.kind === 'kinguin' && !keep?.webhookSecretHash ? randomBytes(32).toString('base64url') : undefined;
    const baseUrl = (config.baseUrl ?? ctx.settings.suppliers.kinguinBaseUrl).replace(/\/+$/, '');
    // A snapshot of another product or endpoint says nothing about this one.
    const quoteStale = !keep || keep.productId !== config.productId || keep.baseUrl !== baseUrl;
    const values = {
      mode: config.mode,
      productId: config.productId,
      baseUrl,
      currency: config.currency,
      maxUnitCost: config.maxUnitCost,
      waitMinutes: config.waitMinutes,
      backfillThreshold: config.backfillThreshold,
      backfillQuantity: config.backfillQuantity,
      dailySpendCap: config.dailySpendCap,
      status: 'active' as const,
      pausedReason: null,
      pausedAt: null,
      updatedAt: sql`now()`,
      ...(sealed ? { credentials: sealed.ciphertext, credentialsKeyVersion: sealed.keyVersion } : {}),
      ...(webhookSecret ? { webhookSecretHash: createHash('sha256').update(webhookSecret).digest() } : {}),
      ...(quoteStale ? { quote: null, quoteUpdatedAt: null } : {}),
    };

    let row: typeof supplierSources.$inferSelect | undefined;
    if (keep) {
      [row] = await tx.update(supplierSources).set(values).where(eq(supplierSources.id, keep.id)).returning();
    } else {
      if (existing)
        await tx
          .update(supplierSources)
          .set({ removedAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(supplierSources.id, existing.id));
      [row] = await tx
        .insert(supplierSources)
        .values({ id, poolId, sellerId: owner, kind: config.kind, ...values })
        .returning();
    }
    if (!row) throw new ConflictError('the source changed meanwhile; try again');

    const resumed = keep?.status === 'paused';
    if (resumed && !pool.pausedAt) {
      // The listings the pause stopped sell again (a pool paused for disputes stays paused).
      await tx
        .update(templates)
        .set({ active: true, autoPaused: false, updatedAt: sql`now()` })
        .where(and(stockedBy(poolId), eq(templates.autoPaused, true), eq(templates.active, false)));
    }
    await recordAudit(
      tx,
      ctx.actor,
      'supplier.source_set',
      subject,
      {
        sourceId: row.id,
        created: !keep,
        replaced: existing && !keep ? existing.id : null,
        mode: row.mode,
        kind: row.kind,
        productId: row.productId,
        maxUnitCost: row.maxUnitCost,
        currency: row.currency,
        credentialsChanged: sealed !== null,
        webhookSecretIssued: webhookSecret !== undefined,
        resumed,
      },
      ctx.origin,
    );
    return { row, webhookSecret, resumed };
  });
  return toSourceResponse(ctx, ctx.db, result.row, { webhookSecret: result.webhookSecret });
}
