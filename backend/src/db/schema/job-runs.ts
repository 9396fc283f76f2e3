import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per job per tick: the claim that makes a tick run once across replicas, and its record. */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text().notNull(),
    tick: timestamp({ withTimezone: true }).notNull(),
    runner: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    result: jsonb().$type<unknown>(),
    error: text(),
  },
  (t) => [primaryKey({ columns: [t.job, t.tick] })],
);
