import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { randomBytesPooled } from '../lib/random-bytes.ts';
import type { KeyRing } from './keyring.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The ids a ciphertext is bound to: copied to another row, it no longer decrypts. */
export type ItemBinding = { poolId: string; itemId: string };

export class DecryptError extends Error {
  constructor() {
    super('item content could not be decrypted');
  }
}

function aad({ poolId, itemId }: ItemBinding): Buffer {
  return Buffer.from(`codepool:item:v1:${poolId}:${itemId}`);
}

export function encryptFields(
  ring: KeyRing,
  binding: ItemBinding,
  fields: Record<string, string>,
): { ciphertext: Buffer; keyVersion: number } {
  const key = ring.keys.get(ring.current);
  if (!key) throw new Error('current key missing from the key ring');
  const iv = randomBytesPooled(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(binding));
  const body = Buffer.concat([cipher.update(JSON.stringify(fields), 'utf8'), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), keyVersion: ring.current };
}

export function decryptFields(
  ring: KeyRing,
  binding: ItemBinding,
  ciphertext: Buffer,
  keyVersion: number,
): Record<string, string> {
  const key = ring.keys.get(keyVersion);
  if (!key || ciphertext.length < IV_BYTES + TAG_BYTES) throw new DecryptError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(0, IV_BYTES));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Record<string, string>;
  } catch {
    throw new DecryptError();
  }
}

/** Keyed fingerprint of a normalised primary value: equal codes match, nobody can test a guess without the key. */
export function fingerprint(ring: KeyRing, normalised: string): Buffer {
  return createHmac('sha256', ring.fingerprintKey).update(normalised, 'utf8').digest();
}
