import type { FieldDef, FileContentType, RevealResult } from '@codepool/shared';
import { decryptFields } from '../../crypto/items.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { metrics } from '../../lib/metrics.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { mintDownloadLink } from './download-link.ts';

const REVEALABLE = new Set(['delivered', 'disputed', 'completed']);

/**
 * One statement, one round trip, one commit. It reads the buyer's request and its delivered
 * items; stamps the ones never seen — locked first, so a refund running at the same moment
 * either finishes before (the item is back in the pool and not shown) or waits and then finds
 * it seen (and burns it); and writes the audit row, all in one snapshot.
 *
 * An item that was unseen in the snapshot but is neither stamped here nor seen (another
 * reveal or a refund got to it first) makes the result undecided: no audit row is written,
 * and the caller runs the statement again on a fresh snapshot.
 */
const REVEAL = {
  name: 'reveal-delivery',
  text: `
    WITH req AS (
      SELECT pr.id, pr.status, t.instructions
        FROM purchase_requests pr JOIN templates t ON t.id = pr.template_id
       WHERE pr.id = $1 AND pr.buyer_id = $2
    ),
    held AS (
      -- A file item without text fields is not stamped here (\`stampable\`): showing its name and
      -- a link is not showing it; its first download stamps it (download-link.ts).
      SELECT i.id, i.pool_id, i.ciphertext, i.key_version, i.revealed_at, p.fields,
             f.name AS file_name, f.content_type, f.size,
             (f.item_id IS NULL OR f.has_text) AS stampable
        FROM pool_items i JOIN pools p ON p.id = i.pool_id
        LEFT JOIN item_files f ON f.item_id = i.id
       WHERE i.purchase_request_id = $1 AND i.status = 'delivered'
         AND (SELECT status FROM req) IN ('delivered', 'disputed', 'completed')
    ),
    unseen AS (
      -- Only the unseen rows are locked: repeat reveals of one request never queue on each other.
      SELECT i.id FROM pool_items i
       WHERE i.id IN (SELECT id FROM held WHERE revealed_at IS NULL AND stampable)
         AND i.purchase_request_id = $1 AND i.status = 'delivered' AND i.revealed_at IS NULL
         FOR NO KEY UPDATE
    ),
    stamped AS (
      UPDATE pool_items SET revealed_at = now()
       WHERE id IN (SELECT id FROM unseen)
      RETURNING id, revealed_at
    ),
    decided AS (
      SELECT NOT EXISTS (SELECT 1 FROM held h
                          WHERE h.revealed_at IS NULL AND h.stampable
                            AND h.id NOT IN (SELECT id FROM stamped)) AS ok
    ),
    audited AS (
      INSERT INTO audit_log (id, actor_type, actor_id, action, subject_type, subject_id, ip, user_agent, metadata)
      SELECT $3::uuid, 'buyer', $2::text, 'delivery.revealed', 'purchase_request', $1::text, $4, $5,
             jsonb_build_object(
               'itemIds', coalesce((SELECT jsonb_agg(id ORDER BY id) FROM held), '[]'::jsonb),
               'firstReveal', coalesce((SELECT jsonb_agg(id ORDER BY id) FROM stamped), '[]'::jsonb))
       WHERE (SELECT status FROM req) IN ('delivered', 'disputed', 'completed') AND (SELECT ok FROM decided)
    )
    SELECT req.status, req.instructions, (SELECT ok FROM decided) AS decided,
           h.id, h.pool_id, h.ciphertext, h.key_version, h.fields,
           h.file_name, h.content_type, h.size::float8 AS size, h.stampable,
           coalesce(h.revealed_at, s.revealed_at) AS revealed_at, s.id IS NOT NULL AS first
      FROM req
      LEFT JOIN held h ON true
      LEFT JOIN stamped s ON s.id = h.id
     ORDER BY h.id`,
};

type Row = {
  status: string;
  instructions: string;
  decided: boolean;
  id: string | null;
  pool_id: string;
  ciphertext: Buffer;
  key_version: number;
  fields: FieldDef[];
  /** Null unless the item is a file or image. */
  file_name: string | null;
  content_type: FileContentType | null;
  size: number | null;
  stampable: boolean;
  revealed_at: Date | null;
  first: boolean;
};

/**
 * The one path where a buyer sees content: the buyer of this request, and nobody else,
 * gets the decrypted fields. The first reveal stamps `revealed_at` (dispute evidence: a
 * refund then burns the item instead of returning it to the pool); every reveal is audited.
 * A file or image item comes with its name, type, size and a fresh single-use download link;
 * one without text fields counts as seen at its first download, not here.
 */
export async function revealDelivery(ctx: ServiceContext, { requestId }: { requestId: string }): Promise<RevealResult> {
  const buyer = buyerId(ctx);
  metrics.reveals.inc();
  const values = [requestId, buyer, null, ctx.origin?.ip ?? null, ctx.origin?.userAgent ?? null];
  let rows: Row[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    values[2] = uuidv7();
    ({ rows } = await ctx.db.$client.query<Row>({ ...REVEAL, values }));
    if (rows[0]?.decided !== false) break;
  }
  const head = rows[0];
  if (!head) throw new NotFoundError('purchase request');
  if (!REVEALABLE.has(head.status))
    throw new ConflictError(`nothing to reveal: the request is ${head.status}`, { status: head.status });
  if (!head.decided) throw new ConflictError('the purchase changed while it was being revealed; try again');

  const items = rows.filter((r): r is Row & { id: string } => r.id !== null);
  try {
    return {
      requestId,
      instructions: head.instructions,
      items: items.map((item) => {
        const fields = decryptFields(
          ctx.keys,
          { poolId: item.pool_id, itemId: item.id },
          item.ciphertext,
          item.key_version,
        );
        const revealedAt = item.revealed_at ?? (item.stampable ? new Date() : null);
        return {
          id: item.id,
          revealedAt: revealedAt?.toISOString() ?? null,
          ...(item.file_name !== null && item.content_type !== null
            ? {
                file: {
                  name: item.file_name,
                  contentType: item.content_type,
                  size: item.size ?? 0,
                  download: mintDownloadLink(ctx.keys, { itemId: item.id, requestId, buyerId: buyer }),
                },
              }
            : {}),
          fields: item.fields
            .filter((def) => fields[def.name] !== undefined)
            .map((def) => ({
              name: def.name,
              label: def.label,
              value: fields[def.name] ?? '',
              sensitive: def.sensitive,
            })),
        };
      }),
    };
  } catch (e) {
    // Nothing was shown: a stamp made by this call must not stand as evidence that it was.
    const unstamp = items.filter((i) => i.first).map((i) => i.id);
    await ctx.db.$client
      .query('UPDATE pool_items SET revealed_at = NULL WHERE id = ANY($1::uuid[])', [unstamp])
      .then(() =>
        recordAudit(
          ctx.db,
          ctx.actor,
          'delivery.reveal_failed',
          { type: 'purchase_request', id: requestId },
          { itemIds: items.map((i) => i.id), unstamped: unstamp },
          ctx.origin,
        ),
      )
      .catch((err: unknown) => ctx.log.error({ err, requestId }, 'could not undo the reveal stamp'));
    throw e;
  }
}
