import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { FILE_CONTENT_TYPES, type FileContentType, IMAGE_CONTENT_TYPES } from '@codepool/shared';
import { sql } from 'drizzle-orm';
import { encryptFields } from '../src/crypto/items.ts';
import type { Deps } from '../src/domain/context.ts';
import { DbFileStore } from '../src/files/db-file-store.ts';
import { filePreview } from '../src/files/file-store.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import type { TestApp } from './harness.ts';

/**
 * File and image items for tests of what happens after an import: stored through the file
 * store and written with their pool_items row in one transaction, as an import does. Kept
 * apart so these tests can switch to `POST /pools/:id/imports/files` once it exists.
 */

const store = new DbFileStore();

/** Adds one file item to a pool; `fields` are its text fields (pin, note). */
export async function addFileItem(
  { db, keys }: Pick<Deps, 'db' | 'keys'>,
  {
    poolId,
    sellerId,
    bytes,
    name,
    fields = {},
    image = false,
  }: {
    poolId: string;
    sellerId: string;
    bytes: Buffer;
    name: string;
    fields?: Record<string, string>;
    image?: boolean;
  },
): Promise<{ itemId: string; contentType: FileContentType; size: number }> {
  const itemId = uuidv7();
  return db.transaction(async (tx) => {
    const stored = await store.put(tx, keys, {
      binding: { poolId, itemId },
      sellerId,
      name,
      accept: image ? IMAGE_CONTENT_TYPES : FILE_CONTENT_TYPES,
      maxBytes: 10 * 1024 * 1024,
      hasText: Object.keys(fields).length > 0,
      source: Readable.from([bytes]),
    });
    const { ciphertext, keyVersion } = encryptFields(keys, { poolId, itemId }, fields);
    const preview = filePreview(stored.name, stored.contentType, stored.size);
    await tx.execute(sql`INSERT INTO pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
      VALUES (${itemId}, ${poolId}, ${sellerId}, ${ciphertext}, ${keyVersion}, ${stored.fingerprint}, ${preview})`);
    return { itemId, contentType: stored.contentType, size: stored.size };
  });
}

/**
 * Imports one file the way a seller does, through `POST /pools/:id/imports/files`, and answers
 * the item it became.
 */
export async function importFile(
  app: TestApp,
  shop: { poolId: string; seller: { auth: string } },
  { bytes, name }: { bytes: Buffer; name: string },
): Promise<{ itemId: string }> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${app.base}/api/pools/${shop.poolId}/imports/files`, {
    method: 'POST',
    headers: { authorization: shop.seller.auth },
    body: form,
  });
  const batch = (await res.json()) as { id: string; accepted: number };
  if (res.status !== 201 || batch.accepted !== 1) throw new Error(`import: ${res.status} ${JSON.stringify(batch)}`);
  const items = await app.api('GET', `/pools/${shop.poolId}/items`, { auth: shop.seller.auth });
  const item = (items.body.items as { id: string; importBatchId: string | null }[]).find(
    (i) => i.importBatchId === batch.id,
  );
  if (!item) throw new Error('imported item not listed');
  return { itemId: item.id };
}

/** A seller with a pool of `deliveryType` and a template bound to it (no items yet). */
export async function fileShop(app: TestApp, deliveryType: 'file' | 'image', { price = 10 } = {}) {
  const seller = await app.seller();
  const pool = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `${deliveryType} pool ${randomBytes(3).toString('hex')}`, deliveryType },
  });
  if (pool.status !== 201) throw new Error(`pool: ${JSON.stringify(pool.body)}`);
  const template = await app.api('POST', '/templates', {
    auth: seller.auth,
    body: {
      title: deliveryType === 'image' ? 'Gift card photo' : 'Voucher PDF',
      price,
      currency: 'XTR',
      defaultPoolId: pool.body.id,
      maxPerOrder: 5,
      // Items are added after the listing: an empty pool must not pause it.
      autoPause: false,
      instructions: 'Redeem at example.test',
    },
  });
  if (template.status !== 201) throw new Error(`template: ${JSON.stringify(template.body)}`);
  return { seller, sellerId: seller.user.id, poolId: pool.body.id as string, templateId: template.body.id as string };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real, decodable RGB PNG of this size: a diagonal gradient (a browser's <img> gets naturalWidth > 0). */
export function tinyPng(width = 48, height = 32): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows[at + 1 + x * 3] = Math.round((255 * x) / width);
      rows[at + 2 + x * 3] = Math.round((255 * y) / height);
      rows[at + 3 + x * 3] = 160;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** PDF-looking bytes (the magic, then random filler) of about this size: several store chunks at 600 KB. */
export function fakePdf(bytes = 600_000): Buffer {
  const head = Buffer.from('%PDF-1.7\n% voucher\n');
  return Buffer.concat([head, randomBytes(bytes - head.length - 6), Buffer.from('\n%%EOF')]);
}
