import type { RevealResult } from '@codepool/shared';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { decryptFields } from '../../crypto/items.ts';
import { poolItems, pools, purchaseRequests, templates } from '../../db/schema/index.ts';
import { metrics } from '../../lib/metrics.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';

const REVEALABLE = new Set(['delivered', 'disputed', 'completed']);

/**
 * The one path where a buyer sees content: the buyer of this request, and nobody else,
 * gets the decrypted fields. The first reveal stamps `revealed_at` (dispute evidence);
 * every reveal is audited.
 */
export async function revealDelivery(ctx: ServiceContext, { requestId }: { requestId: string }): Promise<RevealResult> {
  const buyer = buyerId(ctx);
  metrics.reveals.inc();
  return ctx.db.transaction(async (tx) => {
    const [req] = await tx
      .select({ id: purchaseRequests.id, status: purchaseRequests.status, instructions: templates.instructions })
      .from(purchaseRequests)
      .innerJoin(templates, eq(templates.id, purchaseRequests.templateId))
      .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)));
    if (!req) throw new NotFoundError('purchase request');
    if (!REVEALABLE.has(req.status))
      throw new ConflictError(`nothing to reveal: the request is ${req.status}`, { status: req.status });

    const items = await tx
      .select({
        id: poolItems.id,
        poolId: poolItems.poolId,
        ciphertext: poolItems.ciphertext,
        keyVersion: poolItems.keyVersion,
        revealedAt: poolItems.revealedAt,
        fields: pools.fields,
      })
      .from(poolItems)
      .innerJoin(pools, eq(pools.id, poolItems.poolId))
      .where(and(eq(poolItems.purchaseRequestId, requestId), eq(poolItems.status, 'delivered')))
      .orderBy(asc(poolItems.id));
    const ids = items.map((i) => i.id);
    const unseen = items.filter((i) => i.revealedAt === null).map((i) => i.id);
    // The row lock of the update settles two first reveals at once: one stamps, one sees it stamped.
    const stamped =
      unseen.length === 0
        ? []
        : await tx
            .update(poolItems)
            .set({ revealedAt: sql`now()` })
            .where(and(inArray(poolItems.id, unseen), isNull(poolItems.revealedAt)))
            .returning({ id: poolItems.id, revealedAt: poolItems.revealedAt });
    const stampedAt = new Map(stamped.map((s) => [s.id, s.revealedAt]));
    // A first reveal is evidence (a refund then burns the item) and commits durably. A repeat
    // reveal only adds an audit row; it may commit without waiting for the disk.
    if (stamped.length === 0) await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    await recordAudit(
      tx,
      ctx.actor,
      'delivery.revealed',
      { type: 'purchase_request', id: requestId },
      { itemIds: ids, firstReveal: stamped.map((s) => s.id) },
      ctx.origin,
    );

    return {
      requestId,
      instructions: req.instructions,
      items: items.map((item) => {
        const values = decryptFields(
          ctx.keys,
          { poolId: item.poolId, itemId: item.id },
          item.ciphertext,
          item.keyVersion,
        );
        const revealedAt = item.revealedAt ?? stampedAt.get(item.id) ?? new Date();
        return {
          id: item.id,
          revealedAt: revealedAt.toISOString(),
          fields: item.fields
            .filter((def) => values[def.name] !== undefined)
            .map((def) => ({
              name: def.name,
              label: def.label,
              value: values[def.name] ?? '',
              sensitive: def.sensitive,
            })),
        };
      }),
    };
  });
}
