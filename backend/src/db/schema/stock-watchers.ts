import { pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { templates } from './templates.ts';
import { users } from './users.ts';

/** Buyers who asked to be told when a sold-out listing is back. Told once, then forgotten. */
export const stockWatchers = pgTable(
  'stock_watchers',
  {
    templateId: uuid()
      .notNull()
      .references(() => templates.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.userId] })],
);
