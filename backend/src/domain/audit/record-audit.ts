import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Actor, Origin } from '../context.ts';

export type AuditSubject = { type: string; id: string };

/**
 * Appends one audit row, in the caller's transaction so it commits with its cause.
 * Metadata carries ids, counts and reasons, never item content or tokens.
 */
export async function recordAudit(
  db: DbOrTx,
  actor: Actor,
  action: string,
  subject: AuditSubject,
  metadata: Record<string, unknown> = {},
  origin?: Origin,
): Promise<void> {
  await db.insert(auditLog).values({
    id: uuidv7(),
    actorType: actor.type,
    actorId: actor.type === 'system' ? actor.job : actor.userId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    ip: origin?.ip ?? null,
    userAgent: origin?.userAgent ?? null,
    metadata,
  });
}
