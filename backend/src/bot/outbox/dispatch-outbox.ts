import { and, eq, sql } from 'drizzle-orm';
import { type Api, GrammyError } from 'grammy';
import { type NotificationRow, notifications, users } from '../../db/schema/index.ts';
import type { Deps } from '../../domain/context.ts';
import { localeOf } from '../../i18n/catalogues.ts';
import { botT } from '../i18n.ts';
import { renderNotification } from './render-notification.ts';
import type { Throttle } from './throttle.ts';

export const MAX_ATTEMPTS = 6;
/** Seconds before the next try after the n-th failure: 10 s, 20 s, 40 s … at most 30 minutes. */
export const outboxBackoffS = (attempts: number) => Math.min(1800, 10 * 2 ** Math.max(0, attempts - 1));

/** `locale`: the recipient's language as it is when the message is sent, not when it was queued. */
type Claimed = NotificationRow & { telegramId: number; blocked: boolean; locale: string };

/**
 * Sends due outbox rows. Rows are claimed with SKIP LOCKED and a lease, so replicas
 * share the work without sending a row twice. Only the head of each chat's queue is
 * claimed, so a chat's messages go in the order they were queued; the heads of a pass
 * go all at once through the throttle, and one whose chat is not ready for another
 * message yet goes back to the queue, due when it is, so no chat waits behind another.
 * 429s are waited out by auto-retry on the API; a 403 marks the user as having blocked
 * the bot (no retries, the row kept as failed); other errors back off and give up after
 * MAX_ATTEMPTS. Rows still waiting their turn when `signal` aborts are put back as they were.
 */
export async function dispatchOutbox(
  deps: Deps,
  api: Api,
  throttle: Throttle,
  { limit = 50, miniAppUrl = null, signal }: { limit?: number; miniAppUrl?: string | null; signal?: AbortSignal } = {},
): Promise<{ sent: number; failed: number; retrying: number; deferred: number }> {
  const { rows } = await deps.db.execute<Record<string, unknown>>(sql`
    UPDATE notifications n SET next_attempt_at = now() + interval '2 minutes', attempts = n.attempts + 1
      FROM users u
     WHERE u.id = n.recipient_id AND n.id IN (
       SELECT c.id FROM notifications c
        WHERE c.status = 'pending' AND c.next_attempt_at <= now()
          AND NOT EXISTS (SELECT 1 FROM notifications e
                           WHERE e.recipient_id = c.recipient_id AND e.status = 'pending' AND e.id < c.id)
        ORDER BY c.next_attempt_at, c.id LIMIT ${limit} FOR UPDATE OF c SKIP LOCKED)
    RETURNING n.id, n.kind, n.payload, n.attempts, n.recipient_id, u.telegram_id, u.locale, u.language_code,
              u.blocked_at IS NOT NULL AS blocked`);
  const claimed = rows.map(
    (r) =>
      ({
        id: r.id,
        kind: r.kind,
        payload: r.payload,
        attempts: r.attempts,
        recipientId: r.recipient_id,
        telegramId: Number(r.telegram_id),
        blocked: r.blocked,
        locale: localeOf({
          locale: typeof r.locale === 'string' ? r.locale : null,
          languageCode: typeof r.language_code === 'string' ? r.language_code : null,
        }),
      }) as Claimed,
  );
  const result = { sent: 0, failed: 0, retrying: 0, deferred: 0 };
  const now: Claimed[] = [];
  const later: { id: string; afterS: number }[] = [];
  for (const row of claimed) {
    if (row.blocked) {
      // All of it: the head was claimed, and what queues behind it would only fail one by one.
      const dropped = await deps.db
        .update(notifications)
        .set({ status: 'failed', lastError: 'recipient has blocked the bot' })
        .where(and(eq(notifications.recipientId, row.recipientId), eq(notifications.status, 'pending')))
        .returning({ id: notifications.id });
      result.failed += dropped.length;
      continue;
    }
    const readyInMs = throttle.chatReadyInMs(row.telegramId);
    if (readyInMs > WAIT_IN_PASS_MS) later.push({ id: row.id, afterS: readyInMs / 1000 });
    else now.push(row);
  }
  if (later.length > 0) {
    await putBack(deps, later);
    result.deferred = later.length;
  }
  await Promise.all(
    now.map(async (row) => {
      try {
        const message = await renderNotification(deps.db, row, miniAppUrl, botT(row.locale));
        await throttle.wait(row.telegramId);
        if (signal?.aborted) {
          await putBack(deps, [{ id: row.id, afterS: 0 }]);
          result.deferred++;
          return;
        }
        await api.sendMessage(
          row.telegramId,
          message.text,
          message.replyMarkup ? { reply_markup: message.replyMarkup } : {},
        );
        await finish(deps, row.id, 'sent', null);
        result.sent++;
      } catch (e) {
        result[await failed(deps, row, e)]++;
      }
    }),
  );
  return result;
}

/** How long a claimed row may wait in a pass for its chat's turn; longer, and it goes back to the queue. */
const WAIT_IN_PASS_MS = 100;

/** Back to the queue, due in `afterS` seconds, the claim's attempt not counted. */
async function putBack(deps: Deps, rows: { id: string; afterS: number }[]) {
  await deps.db.execute(sql`
    UPDATE notifications n SET next_attempt_at = now() + make_interval(secs => d.after_s), attempts = n.attempts - 1
      FROM unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.afterS))}::float8[]) AS d(id, after_s)
     WHERE n.id = d.id AND n.status = 'pending'`);
}

async function failed(deps: Deps, row: Claimed, e: unknown): Promise<'failed' | 'retrying'> {
  const description = e instanceof GrammyError ? e.description : e instanceof Error ? e.message : String(e);
  deps.log.warn({ notificationId: row.id, kind: row.kind, reason: description }, 'outbox send failed');
  if (e instanceof GrammyError && e.error_code === 403) {
    await deps.db.update(users).set({ blockedAt: sql`now()` }).where(eq(users.id, row.recipientId));
    await finish(deps, row.id, 'failed', description);
    return 'failed';
  }
  if (row.attempts >= MAX_ATTEMPTS) {
    await finish(deps, row.id, 'failed', description);
    return 'failed';
  }
  await deps.db
    .update(notifications)
    .set({
      lastError: description.slice(0, 500),
      nextAttemptAt: sql`now() + make_interval(secs => ${outboxBackoffS(row.attempts)})`,
    })
    .where(and(eq(notifications.id, row.id), eq(notifications.status, 'pending')));
  return 'retrying';
}

async function finish(deps: Deps, id: string, status: 'sent' | 'failed', error: string | null) {
  await deps.db
    .update(notifications)
    .set({ status, lastError: error?.slice(0, 500) ?? null, ...(status === 'sent' ? { sentAt: sql`now()` } : {}) })
    .where(eq(notifications.id, id));
}
