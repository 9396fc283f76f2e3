import {
  AnalyticsOverview,
  AnalyticsQuery,
  ApiToken,
  AuditEntry,
  CreateApiTokenInput,
  CreatedApiToken,
  DeliverManuallyInput,
  FindItemInput,
  FindItemResult,
  IdParams,
  ListAuditQuery,
  PurchaseRequest,
  page,
  StockHistory,
} from '@codepool/shared';
import { z } from 'zod';
import { getAnalyticsOverview } from '../../domain/analytics/get-analytics-overview.ts';
import { getStockHistory } from '../../domain/analytics/get-stock-history.ts';
import { listAudit } from '../../domain/audit/list-audit.ts';
import type { Caller } from '../../domain/auth/identify.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { findItemByCode } from '../../domain/items/find-item-by-code.ts';
import { deliverManually } from '../../domain/requests/deliver-manually.ts';
import { createApiToken } from '../../domain/users/api-tokens.ts';
import { listApiTokens } from '../../domain/users/list-api-tokens.ts';
import { revokeApiToken } from '../../domain/users/revoke-api-token.ts';
import { type RouteKit, route } from '../route.ts';

/** Tokens are managed from a signed-in dashboard only: a leaked token must not mint itself a successor. */
function requireSession(caller: Caller | null) {
  if (caller?.via !== 'session') throw new ForbiddenError('API tokens are managed from the dashboard');
}

/** What the web dashboard needs beyond the shared resources: analytics, code search, audit, tokens, manual delivery. */
export function dashboardRoutes(kit: RouteKit) {
  const seller = { auth: 'seller' } as const;
  route(
    kit,
    {
      ...seller,
      tag: 'analytics',
      scope: 'pools:read',
      method: 'get',
      path: '/analytics/overview',
      summary: 'Draws, pace, waste, sales and margin over the last days',
      query: AnalyticsQuery,
      response: AnalyticsOverview,
    },
    ({ ctx, query }) => getAnalyticsOverview(ctx, query),
  );
  route(
    kit,
    {
      ...seller,
      tag: 'analytics',
      scope: 'pools:read',
      method: 'get',
      path: '/pools/:id/stock-history',
      summary: 'Drawable stock and draws per day',
      params: IdParams,
      query: AnalyticsQuery,
      response: StockHistory,
    },
    ({ ctx, params, query }) => getStockHistory(ctx, { poolId: params.id, days: query.days }),
  );
  route(
    kit,
    {
      ...seller,
      tag: 'items',
      scope: 'pools:read',
      method: 'post',
      path: '/pools/:id/items/find',
      summary: 'Find an exact code in your stock (by fingerprint, nothing decrypted)',
      params: IdParams,
      body: FindItemInput,
      response: FindItemResult,
    },
    ({ ctx, params, body, res }) => {
      res.set('Cache-Control', 'no-store');
      return findItemByCode(ctx, { poolId: params.id, code: body.code });
    },
  );
  route(
    kit,
    {
      ...seller,
      tag: 'requests',
      scope: 'requests:write',
      method: 'post',
      path: '/requests/:id/deliver',
      summary: 'Deliver a paid order by hand: one content per item bought',
      params: IdParams,
      body: DeliverManuallyInput,
      response: PurchaseRequest,
    },
    ({ ctx, params, body }) => deliverManually(ctx, { requestId: params.id, contents: body.contents }),
  );
  route(
    kit,
    {
      ...seller,
      tag: 'audit',
      scope: 'audit:read',
      method: 'get',
      path: '/audit',
      summary: 'Your audit trail, newest first',
      query: ListAuditQuery,
      response: page(AuditEntry),
    },
    ({ ctx, query }) => listAudit(ctx, query),
  );
  const tokens = { ...seller, tag: 'tokens' } as const;
  route(
    kit,
    { ...tokens, method: 'get', path: '/tokens', summary: 'Your API tokens', response: z.array(ApiToken) },
    ({ ctx, caller }) => {
      requireSession(caller);
      return listApiTokens(ctx);
    },
  );
  route(
    kit,
    {
      ...tokens,
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
      ...tokens,
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
