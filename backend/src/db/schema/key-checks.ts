import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './enums.ts';

/**
 * What the database knows of the keys its rows were written with: a check value per data key
 * version and one for the fingerprint key (version 0), recorded by the first process that used
 * each. A process whose key ring disagrees refuses to start (crypto/key-checks.ts). Never a key.
 */
export const keyChecks = pgTable(
  'key_checks',
  {
    kind: text().$type<'data' | 'fingerprint'>().notNull(),
    version: integer().notNull(),
    /** HMAC-SHA256(key, "codepool key check v1:<kind>:<version>"). */
    checkValue: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set by `codepool keys rotate` once no item is encrypted with this version: it may leave the ring. */
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.version] }),
    check('key_checks_kind_ck', sql`${t.kind} IN ('data', 'fingerprint')`),
  ],
);
