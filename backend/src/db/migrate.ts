import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrateDurableJobs } from '../jobs/durable.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// Any constant will do, as long as every replica uses the same one.
const MIGRATION_LOCK = 0x636f6465; // "code"

/**
 * Applies the committed migrations under an advisory lock, so replicas that start
 * together apply each migration exactly once: the second waits, then finds nothing to do.
 * graphile-worker's schema is installed or upgraded in the same step.
 */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_DIR });
    // The durable job queue's own schema (graphile_worker), under the same lock.
    await migrateDurableJobs(url);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
