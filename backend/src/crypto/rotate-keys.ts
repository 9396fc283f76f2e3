import type pg from 'pg';
import { rewrapFileKey } from './file-stream.ts';
import { DecryptError, type ItemBinding, KeyUnavailableError, reencrypt } from './items.ts';
import { filesPerVersion, itemsPerVersion } from './key-checks.ts';
import type { KeyRing } from './keyring.ts';
import { resealCredentials } from './secrets.ts';

export type RotateProgress = { done: number; total: number };

export type RotateReport = {
  current: number;
  /** Items moved to the current version by this run. */
  rotated: number;
  /** File items' data keys re-wrapped under the current version (their chunks stay as they are). */
  filesRotated: number;
  /** Supplier sources' credentials sealed again under the current version. */
  credentialsRotated: number;
  /** Items (or file keys) whose ciphertext did not open under its own version's key: left as they are. */
  unreadable: number;
  /** The run stopped at its limit; another run continues. */
  stoppedEarly: boolean;
  /** Every older version this database knows of: items and file keys still under it, and whether it is retired. */
  older: { version: number; items: number; files: number; retired: boolean }[];
};

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Re-encrypts every item under an older key version to the ring's current one, the same
 * plaintext under the same additional data (item id + pool id), one batch per transaction;
 * then re-wraps file items' data keys the same way (their encrypted chunks never change).
 *
 * Nothing is held while a batch is encrypted: a batch is read, sealed again, and written back
 * only where the row still has the version it was read with, so a second rotation running at
 * the same time, or one killed and started again, never writes twice; a reveal reads either
 * the old ciphertext with its old version or the new one with the new (one row, one update).
 * Batches follow the primary key from the start each run, so a run continues where a killed
 * one stopped: rows already moved no longer match `key_version < current`.
 *
 * Afterwards each older version no row uses any more is marked retired in key_checks (guarded
 * by the same "no row uses it" test), and the start-up check then lets it leave the ring.
 */
type Reseal = (binding: ItemBinding, sealed: Buffer, keyVersion: number) => Buffer;

export async function rotateKeys(
  pool: pg.Pool,
  ring: KeyRing,
  {
    batchSize = 1000,
    limit,
    onProgress,
  }: { batchSize?: number; limit?: number | undefined; onProgress?: (p: RotateProgress) => void } = {},
): Promise<RotateReport> {
  const current = ring.current;
  const older = (counts: Map<number, number>) =>
    [...counts].reduce((sum, [v, n]) => (v < current ? sum + Number(n) : sum), 0);
  const total = older(await itemsPerVersion(pool)) + older(await filesPerVersion(pool));
  let done = 0;
  let unreadable = 0;
  let stoppedEarly = false;
  onProgress?.({ done, total });

  /**
   * One table's pass: batches by primary key from the start, each sealed again and written back
   * only where the row still has the version it was read with. Items re-encrypt their fields;
   * file items re-wrap only their 60-byte data key (the chunks stay as they are).
   */
  async function pass(table: 'pool_items' | 'item_files', reseal: Reseal): Promise<number> {
    const [id, sealedColumn] = table === 'pool_items' ? ['id', 'ciphertext'] : ['item_id', 'wrapped_key'];
    let cursor = FIRST_ID;
    let moved = 0;
    while (!stoppedEarly) {
      const take = limit === undefined ? batchSize : Math.min(batchSize, limit - done);
      if (take <= 0) {
        stoppedEarly = true;
        break;
      }
      const { rows } = await pool.query<{ id: string; pool_id: string; sealed: Buffer; key_version: number }>(
        `SELECT ${id} AS id, pool_id, ${sealedColumn} AS sealed, key_version FROM ${table}
          WHERE ${id} > $1 AND key_version < $2 ORDER BY ${id} LIMIT $3`,
        [cursor, current, take],
      );
      if (rows.length === 0) break;
      cursor = rows.at(-1)!.id;
      const ids: string[] = [];
      const from: number[] = [];
      const sealed: Buffer[] = [];
      for (const row of rows) {
        try {
          sealed.push(reseal({ poolId: row.pool_id, itemId: row.id }, row.sealed, row.key_version));
          ids.push(row.id);
          from.push(row.key_version);
        } catch (e) {
          if (!(e instanceof DecryptError || e instanceof KeyUnavailableError)) throw e;
          unreadable++;
        }
      }
      if (ids.length > 0) {
        const res = await pool.query(
          `UPDATE ${table} AS t SET ${sealedColumn} = u.sealed, key_version = $4
             FROM unnest($1::uuid[], $2::int[], $3::bytea[]) AS u(id, from_version, sealed)
            WHERE t.${id} = u.id AND t.key_version = u.from_version`,
          [ids, from, sealed, current],
        );
        moved += res.rowCount ?? 0;
      }
      done += rows.length;
      onProgress?.({ done, total });
    }
    return moved;
  }

  const rotated = await pass(
    'pool_items',
    (binding, sealed, version) => reencrypt(ring, binding, sealed, version).ciphertext,
  );
  const filesRotated = await pass(
    'item_files',
    (binding, sealed, version) => rewrapFileKey(ring, binding, sealed, version).wrappedKey,
  );

  const credentialsRotated = stoppedEarly ? 0 : await resealSupplierCredentials(pool, ring);

  const after = await itemsPerVersion(pool);
  const afterFiles = await filesPerVersion(pool);
  const { rows: recorded } = await pool.query<{ version: number; retired: boolean }>(
    `SELECT version, retired_at IS NOT NULL AS retired FROM key_checks WHERE kind = 'data' AND version < $1`,
    [current],
  );
  const versions = new Set([
    ...recorded.map((r) => r.version),
    ...[...after.keys(), ...afterFiles.keys()].filter((v) => v < current),
  ]);
  const report: RotateReport['older'] = [];
  for (const version of [...versions].sort((a, b) => a - b)) {
    const items = Number(after.get(version) ?? 0);
    const files = afterFiles.get(version) ?? 0;
    let retired = recorded.find((r) => r.version === version)?.retired ?? false;
    if (items === 0 && files === 0 && !retired) {
      // Re-tested in the statement itself: an item written under it since the count keeps it in use.
      const res = await pool.query(
        `UPDATE key_checks SET retired_at = now()
          WHERE kind = 'data' AND version = $1 AND retired_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM pool_items WHERE key_version = $1)
            AND NOT EXISTS (SELECT 1 FROM item_files WHERE key_version = $1)
            AND NOT EXISTS (SELECT 1 FROM supplier_sources WHERE credentials_key_version = $1)`,
        [version],
      );
      retired = (res.rowCount ?? 0) > 0;
    }
    report.push({ version, items, files, retired });
  }
  return { current, rotated, filesRotated, credentialsRotated, unreadable, stoppedEarly, older: report };
}

/**
 * Supplier sources' credentials (a handful of rows per seller, so one pass, not batches): each
 * sealed again under the current version with the same binding (the source id), written back
 * only where the row still has the version it was read with. A row that does not open is left
 * as it is, and keeps its version from being retired.
 */
async function resealSupplierCredentials(pool: pg.Pool, ring: KeyRing): Promise<number> {
  const { rows } = await pool.query<{ id: string; credentials: Buffer; credentials_key_version: number }>(
    `SELECT id, credentials, credentials_key_version FROM supplier_sources
      WHERE credentials IS NOT NULL AND credentials_key_version < $1`,
    [ring.current],
  );
  let moved = 0;
  for (const row of rows) {
    let sealed: { ciphertext: Buffer; keyVersion: number };
    try {
      sealed = resealCredentials(ring, row.id, row.credentials, row.credentials_key_version);
    } catch (e) {
      if (!(e instanceof DecryptError || e instanceof KeyUnavailableError)) throw e;
      continue;
    }
    const res = await pool.query(
      `UPDATE supplier_sources SET credentials = $2, credentials_key_version = $3
        WHERE id = $1 AND credentials_key_version = $4`,
      [row.id, sealed.ciphertext, sealed.keyVersion, row.credentials_key_version],
    );
    moved += res.rowCount ?? 0;
  }
  return moved;
}
