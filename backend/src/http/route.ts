import type { ApiTokenScope } from '@codepool/shared';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { type AuthKind, type AuthSettings, actorFor, type Caller } from '../domain/auth/identify.ts';
import { type Deps, type ServiceContext, withActor } from '../domain/context.ts';
import { ServiceError } from '../domain/errors.ts';
import { authenticate } from './auth.ts';
import { zodDetails } from './errors.ts';
import type { OpenApiRegistry } from './openapi.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  auth: AuthKind;
  scope?: ApiTokenScope;
  params?: P;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  status?: number;
};

export type Handler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = (input: {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  ctx: ServiceContext;
  caller: Caller | null;
  req: Request;
  res: Response;
}) => Promise<unknown>;

export type RouteKit = { router: Router; deps: Deps; auth: AuthSettings; openapi: OpenApiRegistry };

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const r = schema.safeParse(value);
  if (!r.success) throw new ServiceError('validation_failed', `invalid ${where}`, zodDetails(r.error));
  return r.data;
}

/**
 * Registers a route: authenticate, parse params/query/body with the shared schemas, call
 * the handler with a context naming the actor, send its result. The same spec feeds the
 * OpenAPI document, so the two cannot drift apart.
 */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  kit: RouteKit,
  spec: RouteSpec<P, Q, B>,
  handler: Handler<P, Q, B>,
) {
  kit.openapi.add(spec);
  kit.router[spec.method](spec.path, async (req, res) => {
    if (spec.body && !req.is('application/json')) {
      throw new ServiceError('unsupported_media_type', 'send the body as application/json');
    }
    // Who first: an anonymous caller learns nothing about what a valid body looks like.
    const caller = spec.auth === 'none' ? null : await authenticate(kit.deps, kit.auth, req);
    const actor = caller && spec.auth !== 'none' ? actorFor(spec.auth, caller, spec.scope) : null;
    const params = parse(spec.params, req.params, 'path parameters');
    const query = parse(spec.query, req.query, 'query');
    const body = parse(spec.body, req.body, 'body');
    const ctx = withActor(kit.deps, actor ?? { type: 'system', job: 'anonymous' }, {
      ip: req.ip,
      userAgent: req.get('user-agent'),
    });
    const result = await handler({ params, query, body, ctx, caller, req, res });
    if (res.headersSent) return;
    if (result === undefined) res.status(204).end();
    else res.status(spec.status ?? 200).json(result);
  });
}
