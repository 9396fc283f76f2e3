import { pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { templateVariants } from './template-variants.ts';
import { templates } from './templates.ts';
import { users } from './users.ts';

/** Buyers who asked to be told when a sold-out variant is back. Told once, then forgotten. */
export const stockWatchers = pgTable(
  'stock_watchers',
  {
    templateId: uuid()
      .notNull()
      .references(() => templates.id),
    variantId: uuid()
      .notNull()
      .references(() => templateVariants.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.userId] })],
);
