import type { PoolSource, SupplierKind } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import type { SupplierSourceRow } from '../../../db/schema/index.ts';
import type { Deps } from '../../context.ts';

/**
 * Where this source's supplier posts to us: Kinguin's webhooks, the seller server's signed
 * callbacks. The base is PUBLIC_URL (else http://localhost:<port>): what the seller enters
 * at the supplier, and the callback URL the seller-server adapter sends along.
 */
export function sourceWebhookUrl(deps: Pick<Deps, 'publicUrl'>, source: { id: string; kind: SupplierKind }): string {
  const base = (deps.publicUrl?.() ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}/api/suppliers/${source.id}/${source.kind === 'kinguin' ? 'kinguin' : 'callback'}`;
}

/**
 * The source's most recent finished orders (as many as the pause rule looks at) and how many
 * of them failed: the seller sees how close the source is to pausing itself.
 */
async function recentOrders(db: DbOrTx, sourceId: string, window: number) {
  const { rows } = await db.execute<{ orders: number; failed: number }>(sql`
    SELECT count(*)::int AS orders, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM (SELECT status FROM supplier_orders
             WHERE source_id = ${sourceId} AND status IN ('completed', 'failed', 'canceled')
             ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT ${window}) recent`);
  return rows[0] ?? { orders: 0, failed: 0 };
}

/**
 * A source row as its seller sees it: whether credentials are set, never what they are.
 * `webhookSecret` only from the PUT that generated it (it is stored hashed).
 */
export async function toSourceResponse(
  deps: Pick<Deps, 'publicUrl' | 'settings'>,
  db: DbOrTx,
  row: SupplierSourceRow | null,
  { webhookSecret }: { webhookSecret?: string | undefined } = {},
): Promise<PoolSource> {
  if (!row || row.removedAt) return { mode: 'stock' };
  return {
    mode: row.mode,
    id: row.id,
    kind: row.kind,
    productId: row.productId,
    maxUnitCost: row.maxUnitCost,
    currency: row.currency,
    baseUrl: row.baseUrl,
    waitMinutes: row.waitMinutes,
    backfillThreshold: row.backfillThreshold,
    backfillQuantity: row.backfillQuantity,
    dailySpendCap: row.dailySpendCap,
    credentialsSet: row.credentials !== null,
    status: row.status,
    pausedReason: row.pausedReason,
    webhookUrl: sourceWebhookUrl(deps, row),
    ...(webhookSecret ? { webhookSecret } : {}),
    quote: row.quote ?? null,
    recent: await recentOrders(db, row.id, deps.settings.suppliers.pauseWindow),
  };
}
