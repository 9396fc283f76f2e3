import type { Readable } from 'node:stream';
import { type FileContentType, IMAGE_CONTENT_TYPES, type ItemFile, isFileDeliveryType } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { encryptFields } from '../../crypto/items.ts';
import type { Tx } from '../../db/client.ts';
import type { PoolRow } from '../../db/schema/index.ts';
import { type FileLimits, filePreview } from '../../files/file-store.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { filesOf, type ServiceContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { checkFields } from './prepare-item.ts';

/** The content types a pool takes: an image pool the image ones the deployment allows, a file pool all it allows. */
export function acceptedTypes(pool: Pick<PoolRow, 'deliveryType'>, limits: FileLimits): readonly FileContentType[] {
  if (pool.deliveryType === 'image')
    return limits.allowedTypes.filter((t) => (IMAGE_CONTENT_TYPES as readonly string[]).includes(t));
  return limits.allowedTypes;
}

/** Files go in through /imports/files (or the bot); a pool of codes takes no file. */
export function requireFilePool(pool: PoolRow) {
  if (!isFileDeliveryType(pool.deliveryType))
    throw new ConflictError(`"${pool.name}" is a ${pool.deliveryType} pool; only file and image pools take files`);
}

export type AddFileItemInput = {
  pool: PoolRow;
  batchId: string | null;
  /** The name the file came with (cleaned before it is stored). */
  name: string;
  source: AsyncIterable<Buffer> | Readable;
  /** The text fields beside the file (pin, note); unchecked: checked here against the pool's schema. */
  fields?: Record<string, string>;
  expiresAt?: Date | null;
  cost?: number | null;
  supplier?: string | null;
};

export type AddFileItemResult =
  | { ok: true; itemId: string; file: ItemFile; preview: string; objectKey: string | null }
  /** The same bytes are live in this seller's stock: in this batch (`inBatch`) or before it. Nothing kept. */
  | { ok: false; duplicate: true; inBatch: boolean }
  /** The text fields do not fit the pool (why, naming the field, never the value). Nothing kept. */
  | { ok: false; duplicate: false; reason: string };

/** Thrown inside the savepoint to roll it back; never leaves this file. */
class Duplicate extends Error {}

/**
 * One file item, in the caller's transaction, under a savepoint of its own: the bytes through
 * the deployment's store (sniffed, bounded, fingerprinted, encrypted), then the pool_items row
 * with that fingerprint, its text fields encrypted beside it. Every file item comes in here
 * (uploads, ZIP entries, the bot, supplier image keys). A duplicate rolls the savepoint back
 * and is returned; a refusal of the bytes (type, size) rolls it back and is thrown. An object
 * store's object of a rolled-back item is discarded here.
 */
export async function addFileItem(tx: Tx, ctx: ServiceContext, input: AddFileItemInput): Promise<AddFileItemResult> {
  const { pool, batchId, name, source } = input;
  const checked = checkFields(pool.fields, input.fields ?? {});
  if (!checked.ok) return { ok: false, duplicate: false, reason: checked.reason };
  const { store, limits } = filesOf(ctx);
  const itemId = uuidv7();
  const binding = { poolId: pool.id, itemId };
  let objectKey: string | null = null;
  try {
    return await tx.transaction(async (sp) => {
      const stored = await store.put(sp, ctx.keys, {
        binding,
        sellerId: pool.sellerId,
        name,
        accept: acceptedTypes(pool, limits),
        maxBytes: limits.maxBytes,
        hasText: Object.keys(checked.fields).length > 0,
        source,
      });
      objectKey = stored.objectKey;
      const { ciphertext, keyVersion } = encryptFields(ctx.keys, binding, checked.fields);
      const preview = filePreview(stored.name, stored.contentType, stored.size);
      const { rows } = await sp.execute<{ id: string }>(sql`
        INSERT INTO pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview,
                                expires_at, cost, supplier, import_batch_id)
        VALUES (${itemId}::uuid, ${pool.id}::uuid, ${pool.sellerId}::uuid, ${ciphertext}, ${keyVersion},
                ${stored.fingerprint}, ${preview}, ${input.expiresAt ?? null}, ${input.cost ?? null},
                ${input.supplier ?? null}, ${batchId}::uuid)
        ON CONFLICT (seller_id, fingerprint) WHERE status <> 'withdrawn' DO NOTHING
        RETURNING id`);
      if (rows.length === 0) {
        const [held] = await sp
          .execute<{ in_batch: boolean }>(sql`
            SELECT coalesce(import_batch_id = ${batchId}::uuid, false) AS in_batch FROM pool_items
             WHERE seller_id = ${pool.sellerId}::uuid AND fingerprint = ${stored.fingerprint} AND status <> 'withdrawn'
             LIMIT 1`)
          .then((r) => r.rows);
        throw new Duplicate(held?.in_batch ? 'batch' : 'stock');
      }
      const file = { name: stored.name, contentType: stored.contentType, size: stored.size };
      return { ok: true as const, itemId, file, preview, objectKey };
    });
  } catch (e) {
    // Whatever this savepoint wrote is gone; so must its object be (best effort: the sweep finishes).
    if (objectKey) await store.discard([objectKey]).catch(() => undefined);
    if (!(e instanceof Duplicate)) throw e;
    return { ok: false, duplicate: true, inBatch: e.message === 'batch' };
  }
}
