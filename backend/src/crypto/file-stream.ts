import { createCipheriv, createDecipheriv, createHmac, type Hmac } from 'node:crypto';
import { randomBytesPooled } from '../lib/random-bytes.ts';
import { DecryptError, type ItemBinding, openBound, sealBound } from './items.ts';
import type { KeyRing } from './keyring.ts';

/**
 * A file item's content, encrypted in chunks so that neither writing nor reading ever holds
 * more than two chunks, whatever the file's size.
 *
 * - A fresh 32-byte data key per file, stored wrapped by the key ring (AES-256-GCM, AAD
 *   `codepool:file-key:v1:<pool>:<item>`): copied to another item, the key no longer opens.
 * - Chunk i: AES-256-GCM under the data key, IV = 4 zero bytes ‖ i as 64-bit big-endian (a
 *   counter is safe because the key is never used for another file), AAD
 *   `codepool:file:v1:<pool>:<item>:<i>:<last>`, stored as ciphertext ‖ 16-byte tag. The AAD
 *   names the position and whether the chunk is the last, so chunks cannot be reordered,
 *   dropped, swapped between files, or the file cut short at a chunk boundary.
 */
export const FILE_CHUNK_BYTES = 256 * 1024;
export const CHUNK_TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;

export type FileKey = { dataKey: Buffer; wrappedKey: Buffer; keyVersion: number };

function keyAad({ poolId, itemId }: ItemBinding): Buffer {
  return Buffer.from(`codepool:file-key:v1:${poolId}:${itemId}`);
}

function chunkAad({ poolId, itemId }: ItemBinding, seq: number, last: boolean): Buffer {
  return Buffer.from(`codepool:file:v1:${poolId}:${itemId}:${seq}:${last ? 1 : 0}`);
}

function chunkIv(seq: number): Buffer {
  const iv = Buffer.alloc(12);
  iv.writeBigUInt64BE(BigInt(seq), 4);
  return iv;
}

/** A fresh data key for one file, and its wrapped form to store. */
export function newFileKey(ring: KeyRing, binding: ItemBinding): FileKey {
  const dataKey = randomBytesPooled(DATA_KEY_BYTES);
  const { ciphertext, keyVersion } = sealBound(ring, keyAad(binding), dataKey);
  return { dataKey, wrappedKey: ciphertext, keyVersion };
}

export function openFileKey(ring: KeyRing, binding: ItemBinding, wrappedKey: Buffer, keyVersion: number): Buffer {
  const key = openBound(ring, keyAad(binding), wrappedKey, keyVersion);
  if (key.length !== DATA_KEY_BYTES) throw new DecryptError();
  return key;
}

/** Key rotation: the same data key wrapped under the ring's current key; the chunks stay as they are. */
export function rewrapFileKey(
  ring: KeyRing,
  binding: ItemBinding,
  wrappedKey: Buffer,
  keyVersion: number,
): { wrappedKey: Buffer; keyVersion: number } {
  const { ciphertext, keyVersion: version } = sealBound(
    ring,
    keyAad(binding),
    openFileKey(ring, binding, wrappedKey, keyVersion),
  );
  return { wrappedKey: ciphertext, keyVersion: version };
}

export function sealChunk(dataKey: Buffer, binding: ItemBinding, seq: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', dataKey, chunkIv(seq));
  cipher.setAAD(chunkAad(binding, seq, last));
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function openChunk(dataKey: Buffer, binding: ItemBinding, seq: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < CHUNK_TAG_BYTES) throw new DecryptError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, chunkIv(seq));
    decipher.setAAD(chunkAad(binding, seq, last));
    decipher.setAuthTag(sealed.subarray(sealed.length - CHUNK_TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - CHUNK_TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptError();
  }
}

/** How many chunks a file of this many plaintext bytes has (an empty file still has one). */
export function chunkCount(size: number, chunkSize = FILE_CHUNK_BYTES): number {
  return Math.max(1, Math.ceil(size / chunkSize));
}

/** Stored bytes of a file of this size: every chunk carries its tag. */
export function sealedSize(size: number, chunkSize = FILE_CHUNK_BYTES): number {
  return size + chunkCount(size, chunkSize) * CHUNK_TAG_BYTES;
}

export type SealedChunk = { seq: number; last: boolean; data: Buffer };

/**
 * Cuts a byte stream into chunks and seals them. One chunk is held back until the next byte
 * arrives (or the end), because a chunk's AAD says whether it is the last.
 */
export class ChunkSealer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private full: Buffer | null = null;
  private seq = 0;

  constructor(
    private readonly dataKey: Buffer,
    private readonly binding: ItemBinding,
    private readonly chunkSize = FILE_CHUNK_BYTES,
  ) {}

  /** The chunks that are sealed by this input (zero or more). */
  push(input: Buffer): SealedChunk[] {
    const out: SealedChunk[] = [];
    let rest = input;
    while (rest.length > 0) {
      if (this.full) {
        out.push(this.sealNext(this.full, false));
        this.full = null;
      }
      const take = Math.min(rest.length, this.chunkSize - this.pendingBytes);
      this.pending.push(rest.subarray(0, take));
      this.pendingBytes += take;
      rest = rest.subarray(take);
      if (this.pendingBytes === this.chunkSize) {
        this.full = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
      }
    }
    return out;
  }

  /** The last chunk (or two): call once, at the end of the input. */
  finish(): SealedChunk[] {
    const out: SealedChunk[] = [];
    if (this.full && this.pendingBytes === 0) {
      out.push(this.sealNext(this.full, true));
    } else {
      if (this.full) out.push(this.sealNext(this.full, false));
      out.push(this.sealNext(Buffer.concat(this.pending), true));
    }
    this.full = null;
    this.pending = [];
    this.pendingBytes = 0;
    return out;
  }

  private sealNext(plain: Buffer, last: boolean): SealedChunk {
    const seq = this.seq++;
    return { seq, last, data: sealChunk(this.dataKey, this.binding, seq, last, plain) };
  }
}

/**
 * The keyed fingerprint of a file's bytes, streamed: equal files match within a seller's stock,
 * and the prefix keeps a file from ever matching a text code.
 */
export function fileFingerprinter(ring: KeyRing): Hmac {
  return createHmac('sha256', ring.fingerprintKey).update('codepool:file-content:v1:');
}
