import type { NotificationKind } from '@codepool/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';

export type QueuedNotification = {
  recipientId: string;
  kind: NotificationKind;
  /** Ids and counts only: the sender renders the text, and the outbox never holds a code. */
  payload: Record<string, string | number | boolean | null>;
  /** One row per key: a second queue call with the same key is a no-op. */
  dedupeKey?: string;
};

/** Queues outbox rows in the caller's transaction. Returns how many were new. */
export async function queueNotifications(db: DbOrTx, rows: QueuedNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(rows.map((r) => ({ id: uuidv7(), ...r, dedupeKey: r.dedupeKey ?? null })))
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}
