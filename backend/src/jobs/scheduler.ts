import cron from 'node-cron';
import type { Deps } from '../domain/context.ts';
import { JOBS } from './catalogue.ts';
import { runLocked, tickOf } from './run-locked.ts';

/** Schedules every job; each tick takes the job's advisory lock first. Returns a stop function. */
export function startJobs(deps: Deps) {
  const tasks = JOBS.map((job) =>
    cron.schedule(
      job.schedule,
      async (context) => {
        try {
          const outcome = await runLocked(deps, job.name, () => job.run(deps), { tick: tickOf(context.date) });
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
