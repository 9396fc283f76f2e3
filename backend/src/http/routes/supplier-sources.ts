import { IdParams, PoolSource, PoolSourceInput, TestSourceResult } from '@codepool/shared';
import express from 'express';
import { z } from 'zod';
import { withActor } from '../../domain/context.ts';
import { ValidationError } from '../../domain/errors.ts';
import { getSource } from '../../domain/suppliers/sources/get-source.ts';
import { putSource } from '../../domain/suppliers/sources/put-source.ts';
import { type CallbackHeaders, receiveCallback } from '../../domain/suppliers/sources/receive-callback.ts';
import { testSource } from '../../domain/suppliers/sources/test-source.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../suppliers/seller-server/sign.ts';
import { zodDetails } from '../errors.ts';
import { type RouteKit, route } from '../route.ts';

/** A pool's supplier source: GET/PUT /pools/:id/source and POST /pools/:id/source/test (issue 16). */
export function supplierSourceRoutes(kit: RouteKit) {
  const base = { tag: 'supplier-sources', auth: 'seller', params: IdParams } as const;
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id/source',
      summary: "The pool's supplier source (never its credentials; {mode:'stock'} when none)",
      scope: 'pools:read',
      response: PoolSource,
    },
    ({ ctx, params }) => getSource(ctx, { poolId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      method: 'put',
      path: '/pools/:id/source',
      summary:
        "Set the pool's supplier source; {mode:'stock'} removes it. A new Kinguin source's webhook secret is in this answer only",
      scope: 'pools:write',
      body: PoolSourceInput,
      response: PoolSource,
    },
    ({ ctx, params, body }) => putSource(ctx, { poolId: params.id, input: body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools/:id/source/test',
      summary:
        'Test connection: the supplier’s price and availability for the product. Optional JSON body: a PoolSourceInput to test before saving; none: the saved source',
      scope: 'pools:write',
      response: TestSourceResult,
    },
    ({ ctx, params, req }) => {
      // The body is optional, so route() does not parse it: no body (or no JSON) tests the saved source.
      let input: PoolSourceInput | undefined;
      if (req.body !== undefined && req.is('application/json')) {
        const parsed = PoolSourceInput.safeParse(req.body);
        if (!parsed.success) throw new ValidationError('invalid body', zodDetails(parsed.error));
        input = parsed.data;
      }
      return testSource(ctx, { poolId: params.id, input });
    },
  );
}

const CALLBACK_PATH = '/suppliers/:sourceId/callback';
const SourceParams = z.object({ sourceId: z.uuid() });

/**
 * The seller server's signed callback, before the JSON parser: its HMAC is over the raw body.
 * Headers `X-Codepool-Timestamp` (unix seconds, within 5 minutes) and `X-Codepool-Signature:
 * sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`; body `{orderId, codes}` or
 * `{orderId, status:'failed', reason}`. 204 taken, 401 signature, 400 body, 404 source or order.
 */
export function supplierCallbackRoute(kit: RouteKit) {
  kit.openapi.add({
    method: 'post',
    path: CALLBACK_PATH,
    summary:
      'Seller-server callback: the codes of an order answered 202 (body {orderId, codes:[…]}) or its failure ({orderId, status:"failed", reason}); signed X-Codepool-Timestamp + X-Codepool-Signature: sha256=<hex HMAC-SHA256(secret, timestamp.body)>, 5-minute window; 204, 401 bad signature, 400 bad body, 404 unknown source or order',
    tag: 'supplier-sources',
    auth: 'none',
  });
  kit.router.post(CALLBACK_PATH, express.raw({ type: () => true, limit: '256kb' }), async (req, res) => {
    const params = SourceParams.safeParse(req.params);
    const headers: CallbackHeaders = {
      timestamp: req.get(TIMESTAMP_HEADER),
      signature: req.get(SIGNATURE_HEADER),
    };
    await receiveCallback(withActor(kit.deps, { type: 'system', job: 'supplier:callback' }, { ip: req.ip }), {
      sourceId: params.success ? params.data.sourceId : null,
      headers,
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    });
    res.status(204).end();
  });
}
