import type { RejectedLine } from '@codepool/shared';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { importSource, importStatus } from './enums.ts';
import { pools } from './pools.ts';
import { users } from './users.ts';

export type ImportReport = { rejected: RejectedLine[]; rejectedTotal: number };

export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid().primaryKey(),
    poolId: uuid()
      .notNull()
      .references(() => pools.id),
    sellerId: uuid()
      .notNull()
      .references(() => users.id),
    source: importSource().notNull(),
    fileName: text(),
    rows: integer().notNull().default(0),
    accepted: integer().notNull().default(0),
    duplicates: integer().notNull().default(0),
    invalid: integer().notNull().default(0),
    report: jsonb().$type<ImportReport>().notNull().default({ rejected: [], rejectedTotal: 0 }),
    status: importStatus().notNull().default('processing'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
    undoneAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('import_batches_pool_idx').on(t.poolId, t.createdAt)],
);
export type ImportBatchRow = typeof importBatches.$inferSelect;
