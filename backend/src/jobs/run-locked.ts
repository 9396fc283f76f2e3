import { sql } from 'drizzle-orm';
import type { Deps } from '../domain/context.ts';

/**
 * Runs a job under a PostgreSQL advisory lock named after it, so with several replicas
 * each tick runs once: whoever does not get the lock skips. The lock is transaction-scoped
 * on a connection held for the run, and goes away if the process dies.
 */
export async function runLocked<T>(
  deps: Deps,
  name: string,
  run: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`job:${name}`}, 0)) AS locked`,
    );
    if (!rows[0]?.locked) return { ran: false as const };
    return { ran: true as const, result: await run() };
  });
}
