import type { Readable } from 'node:stream';
import type { DownloadLink, FileContentType, ItemFile } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { newNonce, signDownloadToken, verifyDownloadToken } from '../../crypto/download-token.ts';
import type { KeyRing } from '../../crypto/keyring.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buyerId, type Deps, filesOf, type Origin, type ServiceContext } from '../context.ts';
import { ForbiddenError, GoneError, NotFoundError } from '../errors.ts';

/** How long a download link works: long enough to tap it, too short to pass around. */
export const DOWNLOAD_LINK_TTL_S = 5 * 60;

/** The request states in which a buyer may see what was delivered (as for a reveal). */
const SEEABLE = `('delivered', 'disputed', 'completed')`;

/** A fresh link to one file item for its buyer: a pure computation, no round trip (the reveal mints one per file). */
export function mintDownloadLink(
  keys: KeyRing,
  { itemId, requestId, buyerId }: { itemId: string; requestId: string; buyerId: string },
  now = Date.now(),
): DownloadLink {
  const e = Math.floor(now / 1000) + DOWNLOAD_LINK_TTL_S;
  const token = signDownloadToken(keys, { i: itemId, r: requestId, b: buyerId, e, n: newNonce() });
  return { url: `/api/files/${token}`, expiresAt: new Date(e * 1000).toISOString() };
}

/**
 * A new link for a file item of the caller's request (the one from the reveal was used or ran
 * out). Anyone else's request, an item not delivered to it, or an item that is no file is not
 * found: nobody learns what another buyer bought.
 */
export async function createDownloadLink(
  ctx: ServiceContext,
  { requestId, itemId }: { requestId: string; itemId: string },
): Promise<DownloadLink> {
  const buyer = buyerId(ctx);
  const { rows } = await ctx.db.$client.query(
    `SELECT 1 FROM pool_items i
       JOIN purchase_requests pr ON pr.id = i.purchase_request_id
       JOIN item_files f ON f.item_id = i.id
      WHERE i.id = $1 AND pr.id = $2 AND pr.buyer_id = $3 AND i.status = 'delivered'
        AND pr.status IN ${SEEABLE}`,
    [itemId, requestId, buyer],
  );
  if (rows.length === 0) throw new NotFoundError('file item of this purchase');
  return mintDownloadLink(ctx.keys, { itemId, requestId, buyerId: buyer });
}

export type Download = { file: ItemFile; body: Readable | null };

/**
 * Checks a download token and opens its file: a bad signature is 403; expired, used, or an
 * item no longer delivered to that buyer (refunded, burnt) is 410. In one transaction before a
 * byte is sent: the nonce is spent (a second request with it finds the row and is refused), the
 * item is stamped seen if it was not (a refund then burns it instead of re-selling it), and the
 * download is audited (ids only); then the file is opened for the caller to stream.
 * `head`: the same checks and headers, nothing spent, no body.
 */
export async function downloadFile(
  deps: Deps,
  {
    token,
    claimedUserId,
    origin,
    head = false,
    now = Date.now(),
  }: { token: string; claimedUserId?: string | undefined; origin?: Origin; head?: boolean; now?: number },
): Promise<Download> {
  const claims = verifyDownloadToken(deps.keys, token);
  if (!claims) throw new ForbiddenError('this download link is not valid');
  // The link is the credential; a signed-in someone else presenting it is not its buyer.
  if (claimedUserId !== undefined && claimedUserId !== claims.b)
    throw new ForbiddenError('this download link belongs to another account');
  if (claims.e * 1000 <= now) throw new GoneError('this download link has expired; ask for a new one');
  const { store } = filesOf(deps);
  // Locked (below), so that a refund running now either settles the item first (then it is not
  // here) or waits and finds it seen.
  const held = sql`SELECT 1 FROM pool_items i JOIN purchase_requests pr ON pr.id = i.purchase_request_id
       WHERE i.id = ${claims.i} AND pr.id = ${claims.r} AND pr.buyer_id = ${claims.b} AND i.status = 'delivered'
         AND pr.status IN ('delivered', 'disputed', 'completed')`;

  if (head) {
    const { rows } = await deps.db.execute(
      sql`${held} AND NOT EXISTS (SELECT 1 FROM file_downloads WHERE nonce = ${claims.n})`,
    );
    if (rows.length === 0) throw new GoneError('this download link was used or is no longer valid');
    const { file, body } = await store.read(deps.db, deps.keys, claims.i);
    body.destroy();
    return { file: itemFileOf(file), body: null };
  }

  const first = await deps.db.transaction(async (tx) => {
    const spent = await tx.execute(sql`
      INSERT INTO file_downloads (nonce, item_id, buyer_id, expires_at)
      VALUES (${claims.n}, ${claims.i}, ${claims.b}, to_timestamp(${claims.e}))
      ON CONFLICT DO NOTHING RETURNING nonce`);
    if (spent.rows.length === 0) throw new GoneError('this download link was already used; ask for a new one');
    const still = await tx.execute(sql`${held} FOR NO KEY UPDATE OF i`);
    if (still.rows.length === 0) throw new GoneError('this item is no longer yours to download');
    const stamped = await tx.execute(sql`
      UPDATE pool_items SET revealed_at = now() WHERE id = ${claims.i} AND revealed_at IS NULL RETURNING id`);
    await tx.execute(sql`
      INSERT INTO audit_log (id, actor_type, actor_id, action, subject_type, subject_id, ip, user_agent, metadata)
      VALUES (${uuidv7()}, 'buyer', ${claims.b}, 'delivery.downloaded', 'purchase_request', ${claims.r},
              ${origin?.ip ?? null}, ${origin?.userAgent ?? null},
              ${JSON.stringify({ itemId: claims.i, firstSeen: stamped.rows.length > 0 })}::jsonb)`);
    return stamped.rows.length > 0;
  });

  // Opened after the commit, not inside the transaction: the store reads on a connection of its
  // own, and a transaction waiting for a second connection from a pool that every download holds
  // one of would wait forever.
  try {
    const { file, body } = await store.read(deps.db, deps.keys, claims.i);
    return { file: itemFileOf(file), body };
  } catch (e) {
    // Nothing was sent: a stamp made by this download must not stand as evidence that it was seen.
    await deps.db
      .execute(sql`UPDATE pool_items SET revealed_at = NULL WHERE id = ${claims.i} AND ${first}`)
      .then(() =>
        recordAudit(
          deps.db,
          { type: 'buyer', userId: claims.b },
          'delivery.download_failed',
          { type: 'purchase_request', id: claims.r },
          { itemId: claims.i, unstamped: first },
          origin,
        ),
      )
      .catch((err: unknown) => deps.log.error({ err, itemId: claims.i }, 'could not undo the download stamp'));
    throw e;
  }
}

function itemFileOf(row: { name: string; contentType: string; size: number }): ItemFile {
  return { name: row.name, contentType: row.contentType as FileContentType, size: row.size };
}
