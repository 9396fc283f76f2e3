import { createHmac, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { openFileKey } from './file-stream.ts';
import { opens } from './items.ts';
import { type KeyRing, KeyRingError } from './keyring.ts';

export type KeyKind = 'data' | 'fingerprint';

/** The fingerprint key has one row, at this version: it never rotates. */
export const FINGERPRINT_VERSION = 0;

/**
 * What the database keeps to recognise a key: HMAC-SHA256 under the key of a constant naming
 * its slot. A PRF output says nothing about the key (finding it means searching 2^256 keys),
 * it is deterministic, so comparing is one equality, and the one construction serves the
 * fingerprint key (itself an HMAC key) and the AES data keys alike. Naming the kind and the
 * version in the message ties each value to its slot. (An AES-GCM encryption of a constant
 * would work too, but needs a nonce and a decryption to compare, for nothing more.)
 */
export function keyCheckValue(key: Buffer, kind: KeyKind, version: number): Buffer {
  return createHmac('sha256', key).update(`codepool key check v1:${kind}:${version}`, 'utf8').digest();
}

/** The ring disagrees with what the database recorded; the message says which key and what to set. */
export class KeyCheckError extends KeyRingError {}

type Recorded = { kind: KeyKind; version: number; check_value: Buffer; retired_at: Date | null };

const num = (x: number) => x.toLocaleString('en-US');
const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** Items per key version: one scan, only on the paths that need it (a refusal, a first use, a rotation). */
export async function itemsPerVersion(client: pg.Pool | pg.PoolClient): Promise<Map<number, number>> {
  const { rows } = await client.query<{ key_version: number; items: number }>(
    'SELECT key_version, count(*) AS items FROM pool_items GROUP BY key_version ORDER BY key_version',
  );
  return new Map(rows.map((r) => [r.key_version, r.items]));
}

/** File items' wrapped data keys per key version (item_files is one row per file item). */
export async function filesPerVersion(client: pg.Pool | pg.PoolClient): Promise<Map<number, number>> {
  const { rows } = await client.query<{ key_version: number; files: number }>(
    'SELECT key_version, count(*)::int AS files FROM item_files GROUP BY key_version ORDER BY key_version',
  );
  return new Map(rows.map((r) => [r.key_version, r.files]));
}

/**
 * The oldest and the newest item under a version, and the oldest and the newest file item's
 * wrapped data key, and how many of them the ring opens.
 */
async function spotCheck(client: pg.PoolClient, ring: KeyRing, version: number) {
  const { rows } = await client.query<{ id: string; pool_id: string; ciphertext: Buffer }>(
    `(SELECT id, pool_id, ciphertext FROM pool_items WHERE key_version = $1 ORDER BY id LIMIT 1)
     UNION ALL
     (SELECT id, pool_id, ciphertext FROM pool_items WHERE key_version = $1 ORDER BY id DESC LIMIT 1)`,
    [version],
  );
  const { rows: files } = await client.query<{ item_id: string; pool_id: string; wrapped_key: Buffer }>(
    `(SELECT item_id, pool_id, wrapped_key FROM item_files WHERE key_version = $1 ORDER BY item_id LIMIT 1)
     UNION ALL
     (SELECT item_id, pool_id, wrapped_key FROM item_files WHERE key_version = $1 ORDER BY item_id DESC LIMIT 1)`,
    [version],
  );
  const opened =
    rows.filter((r) => opens(ring, { poolId: r.pool_id, itemId: r.id }, r.ciphertext, version)).length +
    files.filter((f) => {
      try {
        openFileKey(ring, { poolId: f.pool_id, itemId: f.item_id }, f.wrapped_key, version);
        return true;
      } catch {
        return false;
      }
    }).length;
  return { tried: rows.length + files.length, opened };
}

type Uses = { items: number; files: number };

/** Items and file items' wrapped keys per version. */
async function usesPerVersion(client: pg.PoolClient): Promise<Map<number, Uses>> {
  const uses = new Map<number, Uses>();
  for (const [v, n] of await itemsPerVersion(client)) uses.set(v, { items: Number(n), files: 0 });
  for (const [v, n] of await filesPerVersion(client)) uses.set(v, { items: uses.get(v)?.items ?? 0, files: n });
  return uses;
}

const usesText = ({ items, files }: Uses) => `${num(items)} items${files > 0 ? ` and ${num(files)} file keys` : ''}`;

/**
 * Compares the ring with the check values the database holds and records those it lacks, so
 * that no process writes or serves items the others cannot read. Refuses (KeyCheckError) when
 * the ring lacks a data key version still in use (not retired by `codepool keys rotate`), when
 * a key differs from the one recorded for its version, or when the fingerprint key differs.
 * A version the database has not seen (a rotation's new key) is recorded.
 *
 * Two replicas starting together are serialised by an advisory lock, and a refused ring records
 * nothing: the first ring to arrive is the record, the second is compared with it whole.
 */
export async function checkKeyRing(
  pool: pg.Pool,
  ring: KeyRing,
  { log = () => undefined }: { log?: (msg: string) => void } = {},
): Promise<void> {
  const source = ring.source ?? 'the key ring';
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('codepool:key-checks', 0))`);
    const { rows } = await client.query<Recorded>(
      'SELECT kind, version, check_value, retired_at FROM key_checks ORDER BY kind, version',
    );
    let counts: Map<number, Uses> | undefined;
    const items = async (v: number) => {
      counts ??= await usesPerVersion(client);
      return counts.get(v) ?? { items: 0, files: 0 };
    };
    const lacks = async (v: number) => {
      const n = await items(v);
      return n.items + n.files > 0
        ? `${source} lacks data key version ${v}, which ${usesText(n)} are encrypted with`
        : `${source} lacks data key version ${v}, which this database records as in use (no item uses it now: \`codepool keys rotate\` with it still in the ring retires it)`;
    };
    const problems: string[] = [];

    const fp = rows.find((r) => r.kind === 'fingerprint');
    if (fp && !same(fp.check_value, keyCheckValue(ring.fingerprintKey, 'fingerprint', FINGERPRINT_VERSION))) {
      problems.push(
        `the fingerprint key (fp:) in ${source} differs from the one this database's fingerprints were made with (duplicates would pass and look-ups by code find nothing; the fingerprint key never changes)`,
      );
    }
    const data = rows.filter((r) => r.kind === 'data');
    for (const r of data) {
      const key = ring.keys.get(r.version);
      if (!key) {
        if (!r.retired_at) problems.push(await lacks(r.version));
      } else if (!same(r.check_value, keyCheckValue(key, 'data', r.version))) {
        problems.push(
          r.retired_at
            ? `data key version ${r.version} in ${source} differs from the retired one this database recorded; remove version ${r.version} from the ring`
            : `data key version ${r.version} in ${source} differs from the one ${usesText(await items(r.version))} are encrypted with`,
        );
      }
    }
    if (data.length === 0) {
      // The first checked ring on this database: a new one, or one written before key checks
      // existed. Its rows are the record: every version they use must be in the ring and open them.
      counts = await usesPerVersion(client);
      for (const [version, n] of counts) {
        if (!ring.keys.has(version)) {
          problems.push(await lacks(version));
          continue;
        }
        const spot = await spotCheck(client, ring, version);
        if (spot.opened === 0) {
          problems.push(
            `data key version ${version} in ${source} does not decrypt the ${usesText(n)} already stored under it`,
          );
        } else if (spot.opened < spot.tried) {
          log(`some items under data key version ${version} were written with another key; their reveals will fail`);
        }
      }
    }
    if (problems.length > 0) {
      const fromFile = ring.source && ring.source !== 'CODEPOOL_KEYS';
      throw new KeyCheckError(
        [
          'The keys do not match this database, so this process does not start (it would write or serve items that other processes cannot read):',
          ...problems.map((p) => `  - ${p}`),
          'Set the same CODEPOOL_KEYS on every replica and for every codepool command that uses this database.',
          ...(fromFile
            ? [
                'Without CODEPOOL_KEYS each DATA_DIR makes its own development key file: use the key file of the first process that used this database.',
              ]
            : []),
        ].join('\n'),
      );
    }

    const known = new Set(data.map((r) => r.version));
    const fresh = [...ring.keys.keys()].filter((v) => !known.has(v)).sort((a, b) => a - b);
    const add: [KeyKind, number, Buffer][] = fresh.map((v) => ['data', v, keyCheckValue(ring.keys.get(v)!, 'data', v)]);
    if (!fp) add.push(['fingerprint', FINGERPRINT_VERSION, keyCheckValue(ring.fingerprintKey, 'fingerprint', 0)]);
    if (add.length > 0) {
      // ON CONFLICT: the lock already orders registrations; this keeps a lost race harmless anyway.
      await client.query(
        `INSERT INTO key_checks (kind, version, check_value)
         SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[])
         ON CONFLICT (kind, version) DO NOTHING`,
        [add.map((a) => a[0]), add.map((a) => a[1]), add.map((a) => a[2])],
      );
    }
    await client.query('COMMIT');
    if (known.size > 0 && fresh.includes(ring.current)) {
      log(
        `data key version ${ring.current} is new to this database: new items are encrypted with it; \`codepool keys rotate\` re-encrypts the older ones`,
      );
    }
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
