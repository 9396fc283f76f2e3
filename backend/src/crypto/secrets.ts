import { openBound, sealBound } from './items.ts';
import type { KeyRing } from './keyring.ts';

/**
 * A supplier source's credentials, sealed by the key ring like item content and bound to the
 * source's id: copied to another source's row, they no longer open. Only the supplier
 * adapters open them, to sign or authenticate a call; the API only says whether they are set.
 */
const aad = (sourceId: string) => Buffer.from(`codepool:supplier-credentials:v1:${sourceId}`);

export function sealCredentials(ring: KeyRing, sourceId: string, credentials: Record<string, string>) {
  return sealBound(ring, aad(sourceId), Buffer.from(JSON.stringify(credentials), 'utf8'));
}

export function openCredentials(
  ring: KeyRing,
  sourceId: string,
  ciphertext: Buffer,
  keyVersion: number,
): Record<string, string> {
  return JSON.parse(openBound(ring, aad(sourceId), ciphertext, keyVersion).toString('utf8')) as Record<string, string>;
}

/** Key rotation's re-seal of one source's credentials. */
export function resealCredentials(ring: KeyRing, sourceId: string, ciphertext: Buffer, keyVersion: number) {
  return sealBound(ring, aad(sourceId), openBound(ring, aad(sourceId), ciphertext, keyVersion));
}
