import { PaymentWebhookEvent } from '@codepool/shared';
import { metrics } from '../../lib/metrics.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, Origin, ServiceContext } from '../context.ts';
import { ServiceError, ValidationError } from '../errors.ts';
import { recordPayment } from './record-payment.ts';
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
 * changes nothing. A refused signed event is audited and changes nothing either; a call
 * whose signature does not verify is only counted and logged, since anyone can send one
 * and a row per call would let them fill the audit log.
 */
export async function handlePaymentWebhook(ctx: ServiceContext, call: WebhookCall) {
  // A signed event is the provider's news, audited as the provider.
  const actor: Actor = { type: 'system', job: `payment:${call.provider}` };
  try {
    verifyWebhookSignature(call.secret, call.provider, call.signature, call.rawBody);
  } catch (e) {
    metrics.unsignedWebhooks.inc();
    if (e instanceof ServiceError) ctx.log.warn({ code: e.code, reason: e.message }, 'unsigned payment call refused');
    throw e;
  }
  try {
    const event = parseEvent(call.rawBody);
    const status = await recordPayment(ctx, {
      provider: call.provider,
      eventId: event.id,
      eventType: event.type,
      payload: event,
      requestId: event.request_id,
      chargeId: event.id,
      amount: event.amount,
      currency: event.currency,
    });
    return { status, requestId: event.request_id };
  } catch (e) {
    if (e instanceof ServiceError) {
      ctx.log.warn({ provider: call.provider, code: e.code, reason: e.message }, 'payment event refused');
      await recordAudit(
        ctx.db,
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
