import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { jobRuns } from '../db/schema/index.ts';
import type { Deps } from '../domain/context.ts';

const RUNNER = `${os.hostname()}:${process.pid}`;

/**
 * Runs a job for one tick, once across replicas. Two guards: a PostgreSQL advisory lock
 * named after the job keeps two runs from overlapping, and the (job, tick) row claims the
 * tick, so a replica whose clock or scheduler is a little late does not run it again.
 */
export async function runLocked<T>(
  deps: Deps,
  name: string,
  run: () => Promise<T>,
  { tick = new Date() }: { tick?: Date } = {},
): Promise<{ ran: true; result: T } | { ran: false }> {
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`job:${name}`}, 0)) AS locked`,
    );
    if (!rows[0]?.locked) return { ran: false as const };
    // The claim commits on its own connection, so it stands even if the run fails.
    const [claimed] = await deps.db
      .insert(jobRuns)
      .values({ job: name, tick, runner: RUNNER })
      .onConflictDoNothing()
      .returning({ job: jobRuns.job });
    if (!claimed) return { ran: false as const };
    const done = and(eq(jobRuns.job, name), eq(jobRuns.tick, tick));
    try {
      const result = await run();
      await deps.db
        .update(jobRuns)
        .set({ finishedAt: sql`now()`, result: result ?? null })
        .where(done);
      return { ran: true as const, result };
    } catch (e) {
      await deps.db
        .update(jobRuns)
        .set({ finishedAt: sql`now()`, error: (e instanceof Error ? e.message : String(e)).slice(0, 500) })
        .where(done);
      throw e;
    }
  });
}

/** The tick a scheduled run belongs to: its minute (or period), the same on every replica. */
export function tickOf(date: Date, periodMs = 60_000): Date {
  return new Date(Math.floor(date.getTime() / periodMs) * periodMs);
}
