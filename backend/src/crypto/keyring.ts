import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Data keys by version (the highest encrypts, every one decrypts) and a separate
 * fingerprint key that never rotates, so duplicates stay detectable across rotations.
 *
 * Spec format, as in CODEPOOL_KEYS: `fp:<base64 32 bytes>,1:<base64 32 bytes>[,2:…]`.
 */
export type KeyRing = {
  current: number;
  keys: ReadonlyMap<number, Buffer>;
  fingerprintKey: Buffer;
  /** Where the keys came from, for messages: "CODEPOOL_KEYS" or the development key file. */
  source?: string;
};

export class KeyRingError extends Error {}

function decodeKey(label: string, b64: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new KeyRingError(`CODEPOOL_KEYS: key ${label} must be 32 bytes of base64`);
  return key;
}

export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<number, Buffer>();
  let fingerprintKey: Buffer | undefined;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const sep = part.indexOf(':');
    if (sep < 1) throw new KeyRingError('CODEPOOL_KEYS: each entry is <version>:<base64 key> or fp:<base64 key>');
    const label = part.slice(0, sep);
    const key = decodeKey(label, part.slice(sep + 1));
    if (label === 'fp') fingerprintKey = key;
    else if (/^[1-9]\d{0,5}$/.test(label)) keys.set(Number(label), key);
    else throw new KeyRingError(`CODEPOOL_KEYS: "${label}" is not a key version (a positive number) or fp`);
  }
  if (!fingerprintKey) throw new KeyRingError('CODEPOOL_KEYS: the fingerprint key fp:<base64> is missing');
  if (keys.size === 0) throw new KeyRingError('CODEPOOL_KEYS: at least one data key <version>:<base64> is needed');
  return { current: Math.max(...keys.keys()), keys, fingerprintKey };
}

export function generateKeySpec(version = 1): string {
  return `fp:${randomBytes(32).toString('base64')},${version}:${randomBytes(32).toString('base64')}`;
}

/**
 * Keys from the environment; in development, from a key file under the data directory,
 * created on first use. Production never falls back to a file.
 */
export async function loadKeyRing({
  spec,
  dataDir,
  production,
  log,
}: {
  spec: string | undefined;
  dataDir: string;
  production: boolean;
  log: (msg: string) => void;
}): Promise<KeyRing> {
  if (spec) return { ...parseKeyRing(spec), source: 'CODEPOOL_KEYS' };
  if (production) throw new KeyRingError('CODEPOOL_KEYS is required in production');
  const file = path.join(dataDir, 'keys');
  if (!existsSync(file)) {
    await fs.mkdir(dataDir, { recursive: true });
    await fs
      .writeFile(file, `${generateKeySpec()}\n`, { mode: 0o600, flag: 'wx' })
      .catch((e: NodeJS.ErrnoException) => {
        // Another process created it first; use theirs.
        if (e.code !== 'EEXIST') throw e;
      });
    log(`created a development key file at ${file} (set CODEPOOL_KEYS in production)`);
  }
  return { ...parseKeyRing((await fs.readFile(file, 'utf8')).trim()), source: `the development key file ${file}` };
}
