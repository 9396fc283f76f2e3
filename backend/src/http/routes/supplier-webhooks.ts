import express from 'express';
import { withActor } from '../../domain/context.ts';
import { ValidationError } from '../../domain/errors.ts';
import { handleKinguinWebhook } from '../../domain/suppliers/webhooks/handle-kinguin-webhook.ts';
import type { RouteKit } from '../route.ts';

/** Kinguin's events are a few hundred bytes; anything near this is not one. */
const BODY_LIMIT = 16 * 1024;

/**
 * Kinguin's webhooks at a per-source URL (features/Webhooks.md). Not a `route()`: Kinguin
 * documents its Content-Type as `aplication/json`, which the API's JSON parser does not take,
 * so a body it left alone is read here raw (bounded) and parsed. 204 with an empty body, as
 * Kinguin asks; a refusal is the usual error shape.
 */
export function kinguinWebhookRoutes(kit: RouteKit) {
  kit.openapi.add({
    method: 'post',
    path: '/suppliers/:sourceId/kinguin',
    summary: 'Kinguin webhook (X-Event-Name: order.complete | order.status | product.update; X-Event-Secret)',
    tag: 'suppliers',
    auth: 'none',
  });
  kit.router.post(
    '/suppliers/:sourceId/kinguin',
    (req, _res, next) => {
      // Refused before it is read: nothing an event needs is this big.
      if (Number(req.get('content-length') ?? 0) > BODY_LIMIT) {
        throw new ValidationError(`the body is over ${BODY_LIMIT} bytes`);
      }
      next();
    },
    express.raw({ type: () => true, limit: BODY_LIMIT }),
    async (req, res) => {
      await handleKinguinWebhook(withActor(kit.deps, { type: 'system', job: 'kinguin-webhook' }), {
        sourceId: String(req.params.sourceId),
        eventName: req.get('x-event-name'),
        secret: req.get('x-event-secret'),
        body: bodyOf(req.body),
      });
      res.status(204).end();
    },
  );
}

/** The JSON parser's object, or our raw bytes parsed; anything unreadable is `undefined` (a 400 after the secret check). */
function bodyOf(body: unknown): unknown {
  if (!Buffer.isBuffer(body)) return body;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
