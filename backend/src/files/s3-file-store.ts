import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import { CHUNK_TAG_BYTES, chunkCount, openChunk, openFileKey } from '../crypto/file-stream.ts';
import type { ItemBinding } from '../crypto/items.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import { type ItemFileRow, itemFiles } from '../db/schema/index.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Logger } from '../lib/logger.ts';
import { DbFileStore } from './db-file-store.ts';
import { cleanFileName, type FileStore, type PutFile, type PutFileResult, type StoredObject } from './file-store.ts';
import type { ObjectStoreConfig } from './object-store-url.ts';
import { sealSource, writeFileRow } from './seal-source.ts';

/** Every object this store writes is under this prefix: the orphan sweep lists nothing else. */
export const OBJECT_PREFIX = 'items/';

export function objectKeyOf(sellerId: string, itemId: string): string {
  return `${OBJECT_PREFIX}${sellerId}/${itemId}`;
}

/** S3's smallest part (all but the last): an upload gathers this much before it sends a part. */
export const MIN_PART_BYTES = 5 * 1024 * 1024;
/** DeleteObjects takes at most this many keys. */
const DELETE_BATCH = 1000;

export type S3FileStoreOptions = {
  client: S3Client;
  bucket: string;
  log: Logger;
  /** Bytes sent per part of a multipart upload (at least 5 MB on S3); a file up to this size is one PutObject. */
  partBytes?: number;
  /** Keys per listing page. */
  pageSize?: number;
};

/**
 * File items' encrypted bytes as one object each in an S3-compatible store, at
 * `items/<seller>/<item>`: the sealed chunks back to back (chunk i at offset i·(chunkSize+16)).
 * The item_files row is written on the caller's transaction; the object is not transactional,
 * so an object whose row never commits is removed by the caller (`discard`) or, after a killed
 * process, by the orphan sweep. Rows written while the deployment kept bytes in PostgreSQL are
 * still read from there.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly log: Logger;
  private readonly partBytes: number;
  private readonly pageSize: number;
  private readonly rows = new DbFileStore();

  constructor({ client, bucket, log, partBytes = MIN_PART_BYTES, pageSize = 1000 }: S3FileStoreOptions) {
    this.client = client;
    this.bucket = bucket;
    this.log = log;
    this.partBytes = partBytes;
    this.pageSize = pageSize;
  }

  static fromConfig(config: ObjectStoreConfig, log: Logger): S3FileStore {
    const client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      ...(config.credentials ? { credentials: config.credentials } : {}),
      // Checksums only where S3 requires them: several S3-compatible servers refuse the newer
      // default trailers, and every chunk carries its own GCM tag anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return new S3FileStore({ client, bucket: config.bucket, log });
  }

  async put(tx: Tx, keys: KeyRing, file: PutFile): Promise<PutFileResult> {
    const name = cleanFileName(file.name);
    const itemId = file.binding.itemId;
    const objectKey = objectKeyOf(file.sellerId, itemId);
    const upload = new ObjectUpload(this.client, this.bucket, objectKey, this.partBytes);
    let sealed: Awaited<ReturnType<typeof sealSource>>;
    try {
      sealed = await sealSource(keys, { ...file, name }, (chunk) => upload.write(chunk.data));
      await upload.finish();
    } catch (e) {
      // A refused type, an oversized file, a broken source or a failed upload: no object stays.
      await upload.remove().catch((err: unknown) => this.failedRemoval([objectKey], err));
      throw e;
    }
    try {
      return await writeFileRow(tx, file, name, sealed, objectKey);
    } catch (e) {
      await this.discard([objectKey]);
      throw e;
    }
  }

  async read(db: DbOrTx, keys: KeyRing, itemId: string): Promise<{ file: ItemFileRow; body: Readable }> {
    const [file] = await db.select().from(itemFiles).where(eq(itemFiles.itemId, itemId));
    if (!file) throw new NotFoundError('file');
    if (file.storage === 'db') return this.rows.read(db, keys, itemId);
    const binding = { poolId: file.poolId, itemId };
    const dataKey = openFileKey(keys, binding, file.wrappedKey, file.keyVersion);
    // Fetched before the body is handed out: a missing object fails here, before a response has begun.
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: file.objectKey! }));
    if (!object.Body) throw new Error(`the object of file item ${itemId} has no body`);
    const source = object.Body as AsyncIterable<Uint8Array>;
    const body = Readable.from(openChunks(source, dataKey, binding, file.size, file.chunkSize), { objectMode: false });
    return { file, body };
  }

  async discard(objectKeys: readonly string[]): Promise<void> {
    for (let at = 0; at < objectKeys.length; at += DELETE_BATCH) {
      const batch = objectKeys.slice(at, at + DELETE_BATCH);
      try {
        const res = await this.client.send(
          new DeleteObjectsCommand({
            Bucket: this.bucket,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
        );
        const failed = (res.Errors ?? []).flatMap((e) => (e.Key ? [e.Key] : []));
        if (failed.length > 0) this.failedRemoval(failed, new Error(res.Errors?.[0]?.Code ?? 'DeleteObjects error'));
      } catch (e) {
        this.failedRemoval(batch, e);
      }
    }
  }

  async *listObjects(): AsyncIterable<StoredObject[]> {
    // ListObjects (v1) paged by marker: understood by every S3-compatible server, where some
    // (s3rver among them) cannot page ListObjectsV2.
    let marker: string | undefined;
    for (;;) {
      const page = await this.client.send(
        new ListObjectsCommand({
          Bucket: this.bucket,
          Prefix: OBJECT_PREFIX,
          MaxKeys: this.pageSize,
          ...(marker ? { Marker: marker } : {}),
        }),
      );
      const contents = page.Contents ?? [];
      const objects = contents.flatMap((o) =>
        o.Key && o.LastModified ? [{ key: o.Key, lastModified: o.LastModified }] : [],
      );
      if (objects.length > 0) yield objects;
      const last = contents.at(-1)?.Key;
      if (!page.IsTruncated || !last) return;
      marker = page.NextMarker ?? last;
    }
  }

  /** Keys only: the sweep finishes what this leaves. */
  private failedRemoval(objectKeys: readonly string[], error: unknown) {
    this.log.warn(
      { objectKeys: objectKeys.slice(0, 20), count: objectKeys.length, error: (error as Error)?.name },
      'could not remove file objects; the orphan sweep will retry',
    );
  }
}

/**
 * One object being written: sealed chunks gather until they make a part (5 MB), sent as one
 * PutObject when the whole file fits in a part, else as a multipart upload part by part. The
 * caller awaits each write, so a slow store slows the reading instead of filling memory: at
 * most a part's chunks and their joined copy while it is sent.
 */
class ObjectUpload {
  private pending: Buffer[] = [];
  private filled = 0;
  private uploadId: string | null = null;
  private readonly parts: CompletedPart[] = [];
  private sent = false;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly key: string,
    private readonly partBytes: number,
  ) {}

  async write(data: Buffer): Promise<void> {
    // Each sealed chunk is a fresh buffer of its own: kept as it is, joined once per part.
    this.pending.push(data);
    this.filled += data.length;
    if (this.filled >= this.partBytes) await this.sendPart();
  }

  private take(): Buffer {
    const body = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.filled);
    this.pending = [];
    this.filled = 0;
    return body;
  }

  async finish(): Promise<void> {
    if (this.uploadId === null) {
      const body = this.take();
      this.sent = true;
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key,
          Body: body,
          ContentLength: body.length,
          ContentType: 'application/octet-stream',
        }),
      );
    } else {
      if (this.filled > 0) await this.sendPart();
      this.sent = true;
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: this.key,
          UploadId: this.uploadId,
          MultipartUpload: { Parts: this.parts },
        }),
      );
    }
  }

  /** Whatever was written: an unfinished upload is aborted, a finished object deleted. */
  async remove(): Promise<void> {
    this.pending = [];
    let failure: unknown = null;
    if (this.uploadId !== null) {
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.key, UploadId: this.uploadId }))
        .catch((e: unknown) => {
          failure = e;
        });
    }
    // Also after a failed completion: it may have happened all the same.
    if (this.sent) await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key }));
    if (failure) throw failure;
  }

  private async sendPart() {
    if (this.uploadId === null) {
      const created = await this.client.send(
        new CreateMultipartUploadCommand({
          Bucket: this.bucket,
          Key: this.key,
          ContentType: 'application/octet-stream',
        }),
      );
      if (!created.UploadId) throw new Error('the object store started no multipart upload');
      this.uploadId = created.UploadId;
    }
    const PartNumber = this.parts.length + 1;
    const body = this.take();
    const res = await this.client.send(
      new UploadPartCommand({
        Bucket: this.bucket,
        Key: this.key,
        UploadId: this.uploadId,
        PartNumber,
        Body: body,
        ContentLength: body.length,
      }),
    );
    this.parts.push({ PartNumber, ETag: res.ETag });
  }
}

/**
 * Re-frames an object's bytes, however the network cuts them, into its sealed chunks and
 * opens each in order: at most one chunk is held. An object longer or shorter than its row
 * says fails, as does any chunk out of place (the AAD names its position and whether it is last).
 */
async function* openChunks(
  source: AsyncIterable<Uint8Array>,
  dataKey: Buffer,
  binding: ItemBinding,
  size: number,
  chunkSize: number,
): AsyncGenerator<Buffer> {
  const total = chunkCount(size, chunkSize);
  const sealedLength = (seq: number) => (seq === total - 1 ? size - seq * chunkSize : chunkSize) + CHUNK_TAG_BYTES;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (rest.length > 0) {
      if (seq >= total) throw new Error('file object is longer than its row says');
      const take = rest.subarray(0, sealedLength(seq) - pendingBytes);
      pending.push(take);
      pendingBytes += take.length;
      rest = rest.subarray(take.length);
      if (pendingBytes === sealedLength(seq)) {
        const sealed = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        yield openChunk(dataKey, binding, seq, seq === total - 1, sealed);
        seq++;
      }
    }
  }
  if (seq !== total) throw new Error('file object is shorter than its row says');
}
