import { sql } from 'drizzle-orm';
import { expiredInStock, expiringSoon } from '../../db/drawable.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { queueNotifications } from '../notifications/queue-notification.ts';

/** The expiry sweep: available items past their expiry become `expired`, counted per pool in the audit (as the calling job). */
export async function expireItems(ctx: ServiceContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ pool_id: string; n: number }>(sql`
      WITH gone AS (
        UPDATE pool_items SET status = 'expired', status_changed_at = now()
         WHERE ${expiredInStock()}
        RETURNING pool_id)
      SELECT pool_id, count(*)::int AS n FROM gone GROUP BY pool_id`);
    for (const r of rows)
      await recordAudit(tx, ctx.actor, 'items.expired', { type: 'pool', id: r.pool_id }, { count: r.n });
    return rows.reduce((sum, r) => sum + r.n, 0);
  });
}

/** The daily warning: one message per pool with items expiring within seven days, once a day. */
export async function warnExpiringItems(ctx: ServiceContext): Promise<number> {
  const { rows } = await ctx.db.execute<{ pool_id: string; seller_id: string; n: number }>(sql`
    SELECT pool_id, seller_id, count(*)::int AS n FROM pool_items
     WHERE ${expiringSoon()}
     GROUP BY pool_id, seller_id`);
  const day = new Date().toISOString().slice(0, 10);
  return ctx.db.transaction((tx) =>
    queueNotifications(
      tx,
      rows.map((r) => ({
        recipientId: r.seller_id,
        kind: 'expiring_items' as const,
        payload: { poolId: r.pool_id, count: r.n },
        dedupeKey: `expiring:${r.pool_id}:${day}`,
      })),
    ),
  );
}
