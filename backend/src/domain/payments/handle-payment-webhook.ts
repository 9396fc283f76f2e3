import { PaymentWebhookEvent } from '@codepool/shared';
import { and, eq, sql } from 'drizzle-orm';
import { paymentEvents } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, Deps, Origin } from '../context.ts';
import { ServiceError, ValidationError } from '../errors.ts';
import { fulfilOnFunded } from '../fulfilment/fulfil-on-funded.ts';
import { fundRequest } from './fund-request.ts';
import { verifyWebhookSignature } from './verify-signature.ts';

export type WebhookCall = {
  provider: string;
  rawBody: Buffer;
  signature: string | undefined;
  secret: string | undefined;
  origin?: Origin;
};

/**
 * A signed payment event from an external processor. Verified over the raw bytes,
 * recorded once per (provider, event id): the same event again answers "duplicate" and
 * changes nothing. A refused event is audited and changes nothing either.
 */
export async function handlePaymentWebhook(deps: Deps, call: WebhookCall) {
  const actor: Actor = { type: 'system', job: `payment:${call.provider}` };
  try {
    verifyWebhookSignature(call.secret, call.signature, call.rawBody);
    const event = parseEvent(call.rawBody);
    const fresh = await deps.db.transaction(async (tx) => {
      const [recorded] = await tx
        .insert(paymentEvents)
        .values({ id: uuidv7(), provider: call.provider, externalId: event.id, eventType: event.type, payload: event })
        .onConflictDoNothing()
        .returning({ id: paymentEvents.id });
      if (!recorded) return false;
      await fundRequest(tx, actor, {
        requestId: event.request_id,
        provider: call.provider,
        chargeId: event.id,
        amount: event.amount,
        currency: event.currency,
      });
      await tx
        .update(paymentEvents)
        .set({ processedAt: sql`now()` })
        .where(and(eq(paymentEvents.id, recorded.id)));
      return true;
    });
    if (!fresh) return { status: 'duplicate' as const, requestId: event.request_id };
    // Payment is committed; delivery problems are logged and left to the sweeper, never undo it.
    await fulfilOnFunded(deps, event.request_id).catch((e: unknown) =>
      deps.log.error({ err: e, requestId: event.request_id }, 'fulfilment after payment failed; the sweeper retries'),
    );
    return { status: 'processed' as const, requestId: event.request_id };
  } catch (e) {
    if (e instanceof ServiceError) {
      deps.log.warn({ provider: call.provider, code: e.code, reason: e.message }, 'payment event refused');
      await recordAudit(
        deps.db,
        actor,
        'payment.refused',
        { type: 'payment_provider', id: call.provider },
        { code: e.code, reason: e.message, eventId: eventIdOf(call.rawBody) },
        call.origin,
      ).catch(() => undefined);
    }
    throw e;
  }
}

function parseEvent(raw: Buffer): PaymentWebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ValidationError('body is not valid JSON');
  }
  const parsed = PaymentWebhookEvent.safeParse(json);
  if (!parsed.success) throw new ValidationError('not a payment event', parsed.error.issues);
  return parsed.data;
}

/** The event id for the audit trail, if the body has one; never more of an unverified body. */
function eventIdOf(raw: Buffer): string | null {
  try {
    const id = (JSON.parse(raw.toString('utf8')) as { id?: unknown }).id;
    return typeof id === 'string' ? id.slice(0, 200) : null;
  } catch {
    return null;
  }
}
