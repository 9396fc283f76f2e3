import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { jobRuns } from '../db/schema/index.ts';
import type { Deps } from '../domain/context.ts';
import { lockSessionOf } from './lock-session.ts';

const RUNNER = `${os.hostname()}:${process.pid}`;

/**
 * Runs a job for one tick, once across replicas. Two guards: a PostgreSQL advisory lock
 * named after the job keeps two runs from overlapping, and the (job, tick) row claims the
 * tick, so a replica whose clock or scheduler is a little late does not run it again.
 * The lock is held on a session outside the pool (`lock-session.ts`), so a running job
 * never takes a pooled connection away from its own body or from requests.
 */
export async function runLocked<T>(
  deps: Deps,
  name: string,
  run: () => Promise<T>,
  { tick = new Date() }: { tick?: Date } = {},
): Promise<{ ran: true; result: T } | { ran: false }> {
  const unlock = await lockSessionOf(deps.db.$client).tryLock(`job:${name}`);
  if (!unlock) return { ran: false };
  try {
    // The claim commits on its own, so it stands even if the run fails.
    const [claimed] = await deps.db
      .insert(jobRuns)
      .values({ job: name, tick, runner: RUNNER })
      .onConflictDoNothing()
      .returning({ job: jobRuns.job });
    if (!claimed) return { ran: false };
    const done = and(eq(jobRuns.job, name), eq(jobRuns.tick, tick));
    try {
      const result = await run();
      await deps.db
        .update(jobRuns)
        .set({ finishedAt: sql`now()`, result: result ?? null })
        .where(done);
      return { ran: true, result };
    } catch (e) {
      await deps.db
        .update(jobRuns)
        .set({ finishedAt: sql`now()`, error: (e instanceof Error ? e.message : String(e)).slice(0, 500) })
        .where(done);
      throw e;
    }
  } finally {
    await unlock();
  }
}

/** The tick a scheduled run belongs to: its minute (or period), the same on every replica. */
export function tickOf(date: Date, periodMs = 60_000): Date {
  return new Date(Math.floor(date.getTime() / periodMs) * periodMs);
}
