import type { FileContentType } from '@codepool/shared';
import {
  ChunkSealer,
  FILE_CHUNK_BYTES,
  type FileKey,
  fileFingerprinter,
  newFileKey,
  type SealedChunk,
} from '../crypto/file-stream.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { Tx } from '../db/client.ts';
import { itemFiles } from '../db/schema/index.ts';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../domain/errors.ts';
import type { PutFile, PutFileResult } from './file-store.ts';
import { SNIFF_BYTES, sniffContentType, TextCheck } from './sniff.ts';

export type SealedSource = { contentType: FileContentType; size: number; fingerprint: Buffer; key: FileKey };

/**
 * Reads one file's bytes once: decides its type from the first 4 KB (refusing a type the pool
 * does not take before a byte is stored), then bounds, fingerprints and seals it chunk by
 * chunk, handing each sealed chunk to `write` (awaited: a slow store slows the reading, so
 * memory stays at a chunk or two).
 */
export async function sealSource(
  keys: KeyRing,
  file: Pick<PutFile, 'binding' | 'name' | 'accept' | 'maxBytes' | 'source'>,
  write: (chunk: SealedChunk) => Promise<void>,
  { chunkSize = FILE_CHUNK_BYTES }: { chunkSize?: number } = {},
): Promise<SealedSource> {
  const head: Buffer[] = [];
  let headBytes = 0;
  const found: { type: FileContentType | null } = { type: null };
  let size = 0;
  const key = newFileKey(keys, file.binding);
  const sealer = new ChunkSealer(key.dataKey, file.binding, chunkSize);
  const hmac = fileFingerprinter(keys);
  let text: TextCheck | null = null;

  const decide = (sample: Buffer) => {
    const sniffed = sniffContentType(sample);
    if (!sniffed || !file.accept.includes(sniffed)) {
      throw new UnsupportedMediaTypeError(
        sniffed
          ? `"${file.name}" is ${sniffed}, which this pool does not take`
          : `"${file.name}" is not a file type this pool takes`,
        { name: file.name, detected: sniffed, accepted: file.accept },
      );
    }
    found.type = sniffed;
    if (sniffed === 'text/plain') text = new TextCheck();
  };
  const feed = async (bytes: Buffer) => {
    size += bytes.length;
    if (size > file.maxBytes)
      throw new PayloadTooLargeError(`"${file.name}" is larger than ${file.maxBytes} bytes`, {
        name: file.name,
        maxBytes: file.maxBytes,
      });
    if (text && !text.push(bytes)) throw notText(file.name);
    hmac.update(bytes);
    for (const chunk of sealer.push(bytes)) await write(chunk);
  };

  for await (const piece of file.source as AsyncIterable<Buffer | string>) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (found.type === null) {
      head.push(bytes);
      headBytes += bytes.length;
      if (headBytes < SNIFF_BYTES) continue;
      const sample = Buffer.concat(head);
      decide(sample);
      await feed(sample);
    } else {
      await feed(bytes);
    }
  }
  if (found.type === null) {
    const sample = Buffer.concat(head);
    if (sample.length === 0)
      throw new UnsupportedMediaTypeError(`"${file.name}" is empty`, { name: file.name, detected: null });
    decide(sample);
    await feed(sample);
  }
  if (text && !(text as TextCheck).end()) throw notText(file.name);
  if (found.type === null) throw notText(file.name);
  for (const chunk of sealer.finish()) await write(chunk);
  return { contentType: found.type, size, fingerprint: hmac.digest(), key };
}

function notText(name: string) {
  return new UnsupportedMediaTypeError(`"${name}" is neither valid UTF-8 text nor a file type this pool takes`, {
    name,
    detected: null,
  });
}

/**
 * The item_files row of a sealed file, on the caller's transaction, and what `put` answers:
 * the same for every store but where the chunks went.
 */
export async function writeFileRow(
  tx: Tx,
  file: Pick<PutFile, 'binding' | 'sellerId' | 'hasText'>,
  name: string,
  sealed: SealedSource,
  objectKey: string | null,
): Promise<PutFileResult> {
  await tx.insert(itemFiles).values({
    itemId: file.binding.itemId,
    poolId: file.binding.poolId,
    sellerId: file.sellerId,
    name,
    contentType: sealed.contentType,
    size: sealed.size,
    hasText: file.hasText,
    wrappedKey: sealed.key.wrappedKey,
    keyVersion: sealed.key.keyVersion,
    chunkSize: FILE_CHUNK_BYTES,
    ...(objectKey === null ? { storage: 'db' as const } : { storage: 's3' as const, objectKey }),
  });
  return { contentType: sealed.contentType, size: sealed.size, fingerprint: sealed.fingerprint, name, objectKey };
}
