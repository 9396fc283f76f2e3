import type { ApiTokenScope } from '@codepool/shared';
import type { UserRow } from '../../db/schema/index.ts';
import { InitDataError, validateInitData } from '../../lib/telegram-init-data.ts';
import type { Actor, Credential, Deps } from '../context.ts';
import { ForbiddenError, SessionExpiredError, UnauthorizedError } from '../errors.ts';
import { authenticateApiToken } from '../users/api-tokens.ts';
import { telegramUserCache } from '../users/telegram-user-cache.ts';
import { findSession } from './login-links.ts';

/**
 * The one place a credential becomes a caller, whatever carried it: an HTTP request
 * (`http/auth.ts`), a socket handshake (`realtime/server.ts`) or the command line (`cli.ts`).
 * Transports only read their header, cookie or flag into `Credentials`; what the credential
 * proves, and what the caller may then do, is decided here.
 */

/** Who may call a route: nobody in particular, a buyer (Mini App), a seller (Mini App or API token), or either. */
export type AuthKind = 'none' | 'buyer' | 'seller' | 'user';

/**
 * Who is calling and with what. `credential` names the session or token a dashboard or tool
 * used, so whatever it opened (a socket) can be cut off when it ends; Mini App init data is
 * short-lived and has none.
 */
export type Caller = {
  user: UserRow;
  via: 'tma' | 'token' | 'session';
  scopes: ApiTokenScope[] | 'all';
  credential: Credential | null;
};

/** How Mini App init data is checked: against which bot's token, and how old it may be. */
export type AuthSettings = {
  botToken: string | undefined;
  initDataMaxAgeS: number;
};

/**
 * What a client presents. One is used, in this order: Mini App init data, an API token, the
 * dashboard's session cookie value.
 */
export type Credentials = {
  initData?: string | undefined;
  apiToken?: string | undefined;
  session?: string | undefined;
};

export type IdentifyContext = Pick<Deps, 'db'> & { auth: AuthSettings };

/**
 * The caller behind a credential, or a 401 (`unauthorized`; `session_expired` for a session
 * cookie that signs nobody in any more). Init data is verified through the remembered
 * signatures of `lib/telegram-init-data.ts` and its user resolved through the database's one
 * Telegram user cache: a returning user is a read, written again only when new, renamed or
 * stale, for HTTP and sockets alike.
 */
export async function identify(ctx: IdentifyContext, { credentials }: { credentials: Credentials }): Promise<Caller> {
  const { initData, apiToken, session } = credentials;
  if (initData !== undefined) {
    if (!ctx.auth.botToken)
      throw new UnauthorizedError('Mini App sign-in is not configured on this server (BOT_TOKEN)');
    try {
      const { user } = validateInitData(initData, ctx.auth.botToken, ctx.auth.initDataMaxAgeS);
      const row = await telegramUserCache(ctx.db).resolve(user);
      return { user: row, via: 'tma', scopes: 'all', credential: null };
    } catch (e) {
      if (e instanceof InitDataError) throw new UnauthorizedError(e.message);
      throw e;
    }
  }
  if (apiToken !== undefined) {
    const found = await authenticateApiToken(ctx, { token: apiToken });
    if (!found) throw new UnauthorizedError('invalid or revoked API token');
    return {
      user: found.user,
      via: 'token',
      scopes: found.scopes,
      credential: { kind: 'api_token', id: found.tokenId },
    };
  }
  if (session !== undefined) {
    const found = await findSession(ctx, { sessionToken: session });
    if (!found) throw new SessionExpiredError();
    return {
      user: found.user,
      via: 'session',
      scopes: 'all',
      credential: { kind: 'dashboard_session', id: found.sessionId },
    };
  }
  throw new UnauthorizedError('no credentials (Mini App init data, an API token or a dashboard session)');
}

/**
 * An API token reaches only what names the scope it needs, and only with that scope: what
 * names none refuses tokens, so a route whose author forgot the scope is closed to tokens
 * rather than open to all. Init data and sessions carry every scope.
 */
export function requireScope(caller: Caller, scope: ApiTokenScope | undefined): void {
  if (caller.via !== 'token') return;
  if (!scope) throw new ForbiddenError('API tokens cannot call this route; use the dashboard or the Mini App');
  if (caller.scopes === 'all' || !caller.scopes.includes(scope)) {
    throw new ForbiddenError(`this API token lacks the ${scope} scope`);
  }
}

/** The actor a caller acts as, once the scope and the kind of caller (a seller, a buyer) are checked. */
export function actorFor(kind: Exclude<AuthKind, 'none'>, caller: Caller, scope?: ApiTokenScope): Actor {
  requireScope(caller, scope);
  switch (kind) {
    case 'seller':
      if (!caller.user.isSeller) throw new ForbiddenError('this needs a seller account');
      return { type: 'seller', userId: caller.user.id };
    case 'buyer':
      if (caller.via !== 'tma') throw new ForbiddenError('purchases are made from the Telegram Mini App');
      return { type: 'buyer', userId: caller.user.id };
    case 'user':
      return { type: caller.via === 'tma' ? 'buyer' : 'seller', userId: caller.user.id };
  }
}
