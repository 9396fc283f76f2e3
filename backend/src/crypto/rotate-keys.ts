import type pg from 'pg';
import { DecryptError, KeyUnavailableError, reencrypt } from './items.ts';
import { itemsPerVersion } from './key-checks.ts';
import type { KeyRing } from './keyring.ts';

export type RotateProgress = { done: number; total: number };

export type RotateReport = {
  current: number;
  /** Items moved to the current version by this run. */
  rotated: number;
  /** Items whose ciphertext did not open under its own version's key: left as they are. */
  unreadable: number;
  /** The run stopped at its limit; another run continues. */
  stoppedEarly: boolean;
  /** Every older version this database knows of: items still under it, and whether it is retired. */
  older: { version: number; items: number; retired: boolean }[];
};

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Re-encrypts every item under an older key version to the ring's current one, the same
 * plaintext under the same additional data (item id + pool id), one batch per transaction.
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
  const before = await itemsPerVersion(pool);
  const total = [...before].reduce((sum, [v, n]) => (v < current ? sum + n : sum), 0);
  let cursor = FIRST_ID;
  let done = 0;
  let rotated = 0;
  let unreadable = 0;
  let stoppedEarly = false;
  onProgress?.({ done, total });
  for (;;) {
    const take = limit === undefined ? batchSize : Math.min(batchSize, limit - done);
    if (take <= 0) {
      stoppedEarly = true;
      break;
    }
    const { rows } = await pool.query<{ id: string; pool_id: string; ciphertext: Buffer; key_version: number }>(
      `SELECT id, pool_id, ciphertext, key_version FROM pool_items
        WHERE id > $1 AND key_version < $2 ORDER BY id LIMIT $3`,
      [cursor, current, take],
    );
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    const ids: string[] = [];
    const from: number[] = [];
    const sealed: Buffer[] = [];
    for (const row of rows) {
      try {
        const next = reencrypt(ring, { poolId: row.pool_id, itemId: row.id }, row.ciphertext, row.key_version);
        ids.push(row.id);
        from.push(row.key_version);
        sealed.push(next.ciphertext);
      } catch (e) {
        if (!(e instanceof DecryptError || e instanceof KeyUnavailableError)) throw e;
        unreadable++;
      }
    }
    if (ids.length > 0) {
      const res = await pool.query(
        `UPDATE pool_items AS i SET ciphertext = u.ciphertext, key_version = $4
           FROM unnest($1::uuid[], $2::int[], $3::bytea[]) AS u(id, from_version, ciphertext)
          WHERE i.id = u.id AND i.key_version = u.from_version`,
        [ids, from, sealed, current],
      );
      rotated += res.rowCount ?? 0;
    }
    done += rows.length;
    onProgress?.({ done, total });
  }

  const after = await itemsPerVersion(pool);
  const { rows: recorded } = await pool.query<{ version: number; retired: boolean }>(
    `SELECT version, retired_at IS NOT NULL AS retired FROM key_checks WHERE kind = 'data' AND version < $1`,
    [current],
  );
  const versions = new Set([...recorded.map((r) => r.version), ...[...after.keys()].filter((v) => v < current)]);
  const older: RotateReport['older'] = [];
  for (const version of [...versions].sort((a, b) => a - b)) {
    const items = after.get(version) ?? 0;
    let retired = recorded.find((r) => r.version === version)?.retired ?? false;
    if (items === 0 && !retired) {
      // Re-tested in the statement itself: an item written under it since the count keeps it in use.
      const res = await pool.query(
        `UPDATE key_checks SET retired_at = now()
          WHERE kind = 'data' AND version = $1 AND retired_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM pool_items WHERE key_version = $1)`,
        [version],
      );
      retired = (res.rowCount ?? 0) > 0;
    }
    older.push({ version, items, retired });
  }
  return { current, rotated, unreadable, stoppedEarly, older };
}
