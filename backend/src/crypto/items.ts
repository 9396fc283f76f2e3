import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { ServiceError } from '../domain/errors.ts';
import { randomBytesPooled } from '../lib/random-bytes.ts';
import type { KeyRing } from './keyring.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The ids a ciphertext is bound to: copied to another row, it no longer decrypts. */
export type ItemBinding = { poolId: string; itemId: string };

/** The key is there and the ciphertext does not open under it: tampered or copied data, a server fault. */
export class DecryptError extends Error {
  constructor() {
    super('item content could not be decrypted');
  }
}

/**
 * The ring lacks the version a row was written with. The start-up key check makes this
 * impossible for rows that existed then; should it happen anyway (a replica started before a
 * rotation removed it), the caller gets a clear "try again later", not an anonymous 500.
 */
export class KeyUnavailableError extends ServiceError {
  constructor(readonly keyVersion: number) {
    super('unavailable', 'this content cannot be read by this server right now; try again later', { keyVersion });
  }
}

function aad({ poolId, itemId }: ItemBinding): Buffer {
  return Buffer.from(`codepool:item:v1:${poolId}:${itemId}`);
}

function seal(ring: KeyRing, binding: ItemBinding, plain: Buffer): { ciphertext: Buffer; keyVersion: number } {
  return sealBound(ring, aad(binding), plain);
}

function open(ring: KeyRing, binding: ItemBinding, ciphertext: Buffer, keyVersion: number): Buffer {
  return openBound(ring, aad(binding), ciphertext, keyVersion);
}

/** iv ‖ tag ‖ ciphertext under the ring's current key with this additional data (crypto/file-stream.ts wraps data keys with it). */
export function sealBound(
  ring: KeyRing,
  additional: Buffer,
  plain: Buffer,
): { ciphertext: Buffer; keyVersion: number } {
  const key = ring.keys.get(ring.current);
  if (!key) throw new Error('current key missing from the key ring');
  const iv = randomBytesPooled(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additional);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), keyVersion: ring.current };
}

export function openBound(ring: KeyRing, additional: Buffer, ciphertext: Buffer, keyVersion: number): Buffer {
  const key = ring.keys.get(keyVersion);
  if (!key) throw new KeyUnavailableError(keyVersion);
  if (ciphertext.length < IV_BYTES + TAG_BYTES) throw new DecryptError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(0, IV_BYTES));
    decipher.setAAD(additional);
    decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptError();
  }
}

export function encryptFields(
  ring: KeyRing,
  binding: ItemBinding,
  fields: Record<string, string>,
): { ciphertext: Buffer; keyVersion: number } {
  return seal(ring, binding, Buffer.from(JSON.stringify(fields), 'utf8'));
}

export function decryptFields(
  ring: KeyRing,
  binding: ItemBinding,
  ciphertext: Buffer,
  keyVersion: number,
): Record<string, string> {
  return JSON.parse(open(ring, binding, ciphertext, keyVersion).toString('utf8')) as Record<string, string>;
}

/**
 * The same plaintext bytes under the ring's current key, bound to the same item and pool:
 * what key rotation writes. The plaintext is never parsed, so nothing about it can change.
 */
export function reencrypt(
  ring: KeyRing,
  binding: ItemBinding,
  ciphertext: Buffer,
  keyVersion: number,
): { ciphertext: Buffer; keyVersion: number } {
  return seal(ring, binding, open(ring, binding, ciphertext, keyVersion));
}

/** Whether the ring opens this ciphertext (the start-up check's spot test of stored rows). */
export function opens(ring: KeyRing, binding: ItemBinding, ciphertext: Buffer, keyVersion: number): boolean {
  try {
    open(ring, binding, ciphertext, keyVersion);
    return true;
  } catch {
    return false;
  }
}

/** Keyed fingerprint of a normalised primary value: equal codes match, nobody can test a guess without the key. */
export function fingerprint(ring: KeyRing, normalised: string): Buffer {
  return createHmac('sha256', ring.fingerprintKey).update(normalised, 'utf8').digest();
}
