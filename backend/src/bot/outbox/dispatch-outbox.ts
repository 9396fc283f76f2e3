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
 * share the work without sending a row twice. 429s are waited out by auto-retry on the
 * API; a 403 marks the user as having blocked the bot (no retries, the row kept as
 * failed); other errors back off and give up after MAX_ATTEMPTS.
 */
export async function dispatchOutbox(
  deps: Deps,
  api: Api,
  throttle: Throttle,
  { limit = 50, miniAppUrl = null }: { limit?: number; miniAppUrl?: string | null } = {},
): Promise<{ sent: number; failed: number; retrying: number }> {
  const { rows } = await deps.db.execute<Record<string, unknown>>(sql`
    UPDATE notifications n SET next_attempt_at = now() + interval '2 minutes', attempts = n.attempts + 1
      FROM users u
     WHERE u.id = n.recipient_id AND n.id IN (
       SELECT id FROM notifications WHERE status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
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
  const result = { sent: 0, failed: 0, retrying: 0 };
  for (const row of claimed) {
    if (row.blocked) {
      await finish(deps, row.id, 'failed', 'recipient has blocked the bot');
      result.failed++;
      continue;
    }
    try {
      const message = await renderNotification(deps.db, row, miniAppUrl, botT(row.locale));
      await throttle.wait(row.telegramId);
      await api.sendMessage(
        row.telegramId,
        message.text,
        message.replyMarkup ? { reply_markup: message.replyMarkup } : {},
      );
      await finish(deps, row.id, 'sent', null);
      result.sent++;
    } catch (e) {
      const description = e instanceof GrammyError ? e.description : e instanceof Error ? e.message : String(e);
      if (e instanceof GrammyError && e.error_code === 403) {
        await deps.db.update(users).set({ blockedAt: sql`now()` }).where(eq(users.id, row.recipientId));
        await finish(deps, row.id, 'failed', description);
        result.failed++;
      } else if (row.attempts >= MAX_ATTEMPTS) {
        await finish(deps, row.id, 'failed', description);
        result.failed++;
      } else {
        await deps.db
          .update(notifications)
          .set({
            lastError: description.slice(0, 500),
            nextAttemptAt: sql`now() + make_interval(secs => ${outboxBackoffS(row.attempts)})`,
          })
          .where(and(eq(notifications.id, row.id), eq(notifications.status, 'pending')));
        result.retrying++;
      }
      deps.log.warn({ notificationId: row.id, kind: row.kind, reason: description }, 'outbox send failed');
    }
  }
  return result;
}

async function finish(deps: Deps, id: string, status: 'sent' | 'failed', error: string | null) {
  await deps.db
    .update(notifications)
    .set({ status, lastError: error?.slice(0, 500) ?? null, ...(status === 'sent' ? { sentAt: sql`now()` } : {}) })
    .where(eq(notifications.id, id));
}
