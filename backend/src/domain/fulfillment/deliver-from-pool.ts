import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { drawableText } from '../../db/drawable.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Deps } from '../context.ts';

/** What the statement saw of the pool, so the caller can tell whether any stock signal may change. */
export type StockSnapshot = {
  threshold: number;
  alerted: boolean;
  resumable: boolean;
  /** Drawable items left, counted no further than `threshold + SIGNAL_SLACK`. */
  availableAfter: number;
};

export type Delivery = {
  buyerId: string;
  sellerId: string;
  poolId: string;
  itemIds: string[];
  stock: StockSnapshot;
  /** The pool has a live backfill source: a sale may have to order more (the statement's snapshot). */
  backfill: boolean;
};

/**
 * How far past the threshold the count goes. The count sees the statement's snapshot, not
 * draws still in flight elsewhere; a pool counted at more than this many items above its
 * threshold is far enough from every signal that the check after commit can be skipped.
 */
export const SIGNAL_SLACK = 64;

/**
 * The request row to deliver. `guarded`: the fast path, which must also find the pool live
 * and nobody queued before this request (first in, first out); otherwise the caller holds the
 * transaction that decided those and names the pool.
 */
const request = (guarded: boolean) =>
  guarded
    ? `SELECT pr.id, pr.buyer_id, pr.seller_id, pr.quantity, pr.total,
              coalesce(pr.pool_id, v.pool_id) AS pool_id
         FROM purchase_requests pr
         JOIN template_variants v ON v.id = pr.variant_id
         JOIN pools p ON p.id = coalesce(pr.pool_id, v.pool_id)
        WHERE pr.id = $1 AND pr.status = $6::request_status AND p.paused_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM purchase_requests b
                           WHERE b.pool_id = p.id AND b.status = 'awaiting_stock')
          FOR UPDATE OF pr`
    : `SELECT pr.id, pr.buyer_id, pr.seller_id, pr.quantity, pr.total, $7::uuid AS pool_id
         FROM purchase_requests pr
        WHERE pr.id = $1 AND pr.status = $6::request_status
          FOR UPDATE`;

/**
 * Draw and deliver in one statement, so one round trip and, outside a transaction, one
 * commit: lock the request, draw `quantity` items with SKIP LOCKED — soonest-expiring first,
 * then oldest, all or nothing — move the request to delivered, and write its audit row and
 * its two outbox rows. Every sub-statement sees one snapshot and commits together.
 *
 * No row back means nothing changed: the request was not in the expected state, or (guarded)
 * its pool is paused or has a queue, or the pool is short. The caller decides what that means.
 */
const statement = (guarded: boolean) => `
    WITH req AS (${request(guarded)}),
    picked AS (
      SELECT i.id FROM pool_items i
       WHERE i.pool_id = (SELECT pool_id FROM req)
         AND ${drawableText.drawable('i')}
       ORDER BY ${drawableText.order('i')}
       LIMIT coalesce((SELECT quantity FROM req), 0)
         FOR UPDATE OF i SKIP LOCKED
    ),
    enough AS (
      SELECT (SELECT count(*) FROM picked) = (SELECT quantity FROM req) AS ok
    ),
    drawn AS (
      UPDATE pool_items
         SET status = 'delivered', purchase_request_id = $1,
             delivered_at = now(), status_changed_at = now()
       WHERE id = ANY (ARRAY(SELECT id FROM picked)) AND (SELECT ok FROM enough)
      RETURNING id
    ),
    moved AS (
      UPDATE purchase_requests pr
         SET status = 'delivered', pool_id = req.pool_id,
             -- The statement's clock, not the transaction's start: a fill may have waited on a lock.
             delivered_at = clock_timestamp(),
             dispute_window_ends_at = now() + make_interval(hours => coalesce(
               (SELECT dispute_window_h FROM users WHERE id = req.seller_id), $2)),
             updated_at = now()
        FROM req
       WHERE pr.id = req.id AND (SELECT ok FROM enough)
      RETURNING pr.id, pr.buyer_id, pr.seller_id, pr.quantity, pr.total, req.pool_id
    ),
    audited AS (
      INSERT INTO audit_log (id, actor_type, actor_id, action, subject_type, subject_id, metadata)
      SELECT $3::uuid, 'system', 'fulfillment', 'request.delivered', 'purchase_request', moved.id,
             jsonb_build_object('poolId', moved.pool_id,
                                'itemIds', (SELECT jsonb_agg(id ORDER BY id) FROM drawn),
                                'from', $6::text)
        FROM moved
    ),
    queued AS (
      INSERT INTO notifications (id, recipient_id, kind, payload, dedupe_key)
      SELECT $4::uuid, moved.buyer_id, 'delivery'::notification_kind,
             jsonb_build_object('requestId', moved.id, 'quantity', moved.quantity), 'delivery:' || moved.id
        FROM moved
      UNION ALL
      SELECT $5::uuid, moved.seller_id, 'sale'::notification_kind,
             jsonb_build_object('requestId', moved.id, 'quantity', moved.quantity, 'total', moved.total),
             'sale:' || moved.id
        FROM moved
      ON CONFLICT (dedupe_key) DO NOTHING
    )
    SELECT moved.buyer_id, moved.seller_id, moved.pool_id,
           (SELECT array_agg(id::text ORDER BY id) FROM drawn) AS item_ids,
           p.low_stock_threshold AS threshold, p.low_stock_alerted AS alerted,
           EXISTS (SELECT 1 FROM templates t JOIN template_variants v ON v.template_id = t.id
                    WHERE v.pool_id = p.id AND v.removed_at IS NULL AND t.auto_paused) AS resumable,
           EXISTS (SELECT 1 FROM supplier_sources s
                    WHERE s.pool_id = p.id AND s.removed_at IS NULL AND s.mode = 'backfill') AS backfill,
           -- The snapshot still counts the rows drawn above; the draw index bounds the walk.
           (SELECT count(*)::int FROM (SELECT 1 FROM pool_items i
             WHERE i.pool_id = p.id AND ${drawableText.drawable('i')}
             ORDER BY ${drawableText.order('i')}
             LIMIT p.low_stock_threshold + ${SIGNAL_SLACK} + moved.quantity) x) - moved.quantity AS available_after
      FROM moved JOIN pools p ON p.id = moved.pool_id`;

// Named statements: PostgreSQL plans each once per connection, not on every sale.
/** Exported for the test that reads its plan. */
export const GUARDED = { name: 'fulfill-deliver-guarded', text: statement(true) };
/** Exported for the test that reads its plan. */
export const HELD = statement(false);

type Row = {
  buyer_id: string;
  seller_id: string;
  pool_id: string;
  item_ids: string[];
  threshold: number;
  alerted: boolean;
  resumable: boolean;
  backfill: boolean;
  available_after: number;
};

/** `$n` placeholders as drizzle parameters, for a statement run on a transaction's connection. */
function positional(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`)));
}

/**
 * The fast path, outside any transaction: deliver a funded request from its pool (the one it
 * names, or its template's) if that pool is live, has no older backorder and holds enough.
 * A statement helper of fulfillOnFunded, not an operation: one round trip, on a named
 * prepared statement.
 */
export async function deliverFunded(
  deps: Pick<Deps, 'db' | 'settings'>,
  { requestId }: { requestId: string },
): Promise<Delivery | null> {
  const values = [requestId, deps.settings.disputeWindowH, uuidv7(), uuidv7(), uuidv7(), 'funded'];
  const { rows } = await deps.db.$client.query<Row>({ ...GUARDED, values });
  return toDelivery(rows[0]);
}

/** Inside the caller's transaction, which has locked the request and chosen `poolId` (an in-transaction step). */
export async function deliverInTx(
  tx: Tx,
  {
    requestId,
    from,
    poolId,
    disputeWindowH,
  }: { requestId: string; from: 'funded' | 'awaiting_stock' | 'preparing'; poolId: string; disputeWindowH: number },
): Promise<Delivery | null> {
  const values = [requestId, disputeWindowH, uuidv7(), uuidv7(), uuidv7(), from, poolId];
  const { rows } = await tx.execute<Row>(positional(HELD, values));
  return toDelivery(rows[0]);
}

function toDelivery(row: Row | undefined): Delivery | null {
  if (!row) return null;
  return {
    buyerId: row.buyer_id,
    sellerId: row.seller_id,
    poolId: row.pool_id,
    itemIds: row.item_ids,
    backfill: row.backfill,
    stock: {
      threshold: row.threshold,
      alerted: row.alerted,
      resumable: row.resumable,
      availableAfter: Math.max(0, row.available_after),
    },
  };
}
