import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only. Metadata holds ids, counts and reasons, never item content. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey(),
    actorType: text().notNull(),
    actorId: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    ip: text(),
    userAgent: text(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), index('audit_actor_idx').on(t.actorId, t.id)],
);
export type AuditRow = typeof auditLog.$inferSelect;
