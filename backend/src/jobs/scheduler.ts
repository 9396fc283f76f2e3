import cron from 'node-cron';
import type { Deps } from '../domain/context.ts';
import { JOBS, runJob } from './catalogue.ts';
import { runLocked, tickOf } from './run-locked.ts';

/**
 * Schedules every job; each tick takes the job's lock and claims the tick first. With
 * `everyS` (JOB_TICK_S, for tests and demos) every job runs every that many seconds instead
 * of on its own schedule. Returns a stop function.
 */
export function startJobs(deps: Deps, { everyS }: { everyS?: number } = {}) {
  const periodMs = everyS ? everyS * 1000 : 60_000;
  const tasks = JOBS.map((job) =>
    cron.schedule(
      everyS ? `*/${everyS} * * * * *` : job.schedule,
      async (context) => {
        try {
          const outcome = await runLocked(deps, job.name, () => runJob(deps, job), {
            tick: tickOf(context.date, periodMs),
          });
          if (outcome.ran) deps.log.debug({ job: job.name, result: outcome.result }, 'job ran');
        } catch (e) {
          deps.log.error({ err: e, job: job.name }, 'job failed');
        }
      },
      { name: job.name, noOverlap: true },
    ),
  );
  return async () => {
    for (const t of tasks) await t.stop();
  };
}
