import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type PoolItemRow, pools, templates, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Settings } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';
import { stockedOnlyBy } from '../templates/stocked-by.ts';

/** Below this many sold items a share says little; one bad code out of two is not a pattern. */
const MIN_SAMPLE = 5;

type Group = { kind: 'batch' | 'supplier'; value: string };

/**
 * Tracks, per import batch and per supplier of the disputed items, the share of sold
 * items disputed as invalid, and by how many different buyers. Past the seller's limit,
 * from at least `invalidDisputeMinBuyers` buyers (one buyer disputing everything they
 * bought is no pattern, and must not be able to stop a shop), the pool stops selling (its
 * templates pause) and the seller is told, once, with the disputes as evidence.
 */
export async function checkInvalidShare(
  tx: Tx,
  settings: Settings,
  { poolId, items }: { poolId: string; items: PoolItemRow[] },
) {
  const groups: Group[] = [];
  for (const item of items) {
    if (item.importBatchId) groups.push({ kind: 'batch', value: item.importBatchId });
    if (item.supplier) groups.push({ kind: 'supplier', value: item.supplier });
  }
  const [pool] = await tx
    .select({ sellerId: pools.sellerId, pausedAt: pools.pausedAt, limit: users.invalidDisputeLimitPct })
    .from(pools)
    .innerJoin(users, eq(users.id, pools.sellerId))
    .where(eq(pools.id, poolId));
  if (!pool || pool.pausedAt) return;
  const limit = pool.limit ?? settings.invalidDisputeLimitPct;

  for (const group of groups) {
    const column = group.kind === 'batch' ? sql`i.import_batch_id::text` : sql`i.supplier`;
    const { rows } = await tx.execute<{ sold: number; disputed: number; buyers: number; request_ids: string[] }>(sql`
      WITH sold AS (
        SELECT i.id FROM pool_items i
         WHERE i.seller_id = ${pool.sellerId} AND ${column} = ${group.value} AND i.purchase_request_id IS NOT NULL),
      hits AS (
        SELECT DISTINCT s.id, d.buyer_id, d.request_id FROM sold s
          JOIN disputes d ON d.reason = 'invalid' AND s.id = ANY(d.item_ids))
      SELECT (SELECT count(*) FROM sold)::int AS sold,
             (SELECT count(DISTINCT id) FROM hits)::int AS disputed,
             (SELECT count(DISTINCT buyer_id) FROM hits)::int AS buyers,
             coalesce((SELECT array_agg(DISTINCT request_id::text) FROM hits), '{}') AS request_ids`);
    const share = rows[0];
    if (!share || share.sold < MIN_SAMPLE || share.disputed * 100 <= share.sold * limit) continue;
    if (share.buyers < settings.invalidDisputeMinBuyers) continue;

    const [paused] = await tx
      .update(pools)
      .set({
        pausedAt: sql`now()`,
        pausedReason: `${share.disputed} of ${share.sold} sold items of this ${group.kind} disputed as invalid by ${share.buyers} buyers (orders ${share.request_ids
          .slice(0, 10)
          .map((r) => r.slice(0, 8))
          .join(', ')})`,
      })
      .where(and(eq(pools.id, poolId), isNull(pools.pausedAt)))
      .returning({ id: pools.id });
    if (!paused) return;
    await tx
      .update(templates)
      .set({ active: false, autoPaused: true, updatedAt: sql`now()` })
      .where(and(stockedOnlyBy(poolId), eq(templates.active, true)));
    await queueNotifications(tx, [
      {
        recipientId: pool.sellerId,
        kind: 'pool_paused',
        payload: {
          poolId,
          group: group.kind,
          disputed: share.disputed,
          sold: share.sold,
          buyers: share.buyers,
          limitPct: limit,
        },
      },
    ]);
    await recordAudit(
      tx,
      { type: 'system', job: 'dispute-quality' },
      'pool.paused',
      { type: 'pool', id: poolId },
      {
        group: group.kind,
        disputed: share.disputed,
        sold: share.sold,
        buyers: share.buyers,
        limitPct: limit,
        requestIds: share.request_ids,
      },
    );
    return;
  }
}
