import { ApiToken, CreateApiTokenInput, CreatedApiToken, IdParams } from '@codepool/shared';
import { z } from 'zod';
import type { Caller } from '../../domain/auth/identify.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { createApiToken } from '../../domain/users/api-tokens.ts';
import { listApiTokens } from '../../domain/users/list-api-tokens.ts';
import { revokeApiToken } from '../../domain/users/revoke-api-token.ts';
import { type RouteKit, route } from '../route.ts';

/** Tokens are managed from a signed-in dashboard only: a leaked token must not mint itself a successor. */
function requireSession(caller: Caller | null) {
  if (caller?.via !== 'session') throw new ForbiddenError('API tokens are managed from the dashboard');
}

export function tokenRoutes(kit: RouteKit) {
  const base = { tag: 'tokens', auth: 'seller' } as const;
  route(
    kit,
    { ...base, method: 'get', path: '/tokens', summary: 'Your API tokens', response: z.array(ApiToken) },
    ({ ctx, caller }) => {
      requireSession(caller);
      return listApiTokens(ctx);
    },
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/tokens',
      summary: 'Create an API token (shown once)',
      body: CreateApiTokenInput,
      response: CreatedApiToken,
      status: 201,
    },
    async ({ ctx, caller, body }) => {
      requireSession(caller);
      const { id, token } = await createApiToken(ctx, body);
      const apiToken = (await listApiTokens(ctx)).find((t) => t.id === id);
      if (!apiToken) throw new Error('created token not found');
      return { token, apiToken };
    },
  );
  route(
    kit,
    {
      ...base,
      method: 'delete',
      path: '/tokens/:id',
      summary: 'Revoke an API token',
      params: IdParams,
      response: ApiToken,
    },
    ({ ctx, caller, params }) => {
      requireSession(caller);
      return revokeApiToken(ctx, { tokenId: params.id });
    },
  );
}
