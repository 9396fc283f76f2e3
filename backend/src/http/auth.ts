import type { ApiTokenScope } from '@codepool/shared';
import type { Request } from 'express';
import type { UserRow } from '../db/schema/index.ts';
import { findSession } from '../domain/auth/login-links.ts';
import type { Actor, Credential, Deps } from '../domain/context.ts';
import { ForbiddenError, SessionExpiredError, UnauthorizedError } from '../domain/errors.ts';
import { authenticateApiToken } from '../domain/users/api-tokens.ts';
import type { TelegramUserCache } from '../domain/users/telegram-user-cache.ts';
import { upsertTelegramUser } from '../domain/users/upsert-telegram-user.ts';
import { InitDataError, validateInitData } from '../lib/telegram-init-data.ts';

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

export const SESSION_COOKIE = 'cp_session';

/**
 * One cookie's value from a Cookie header (an HTTP request's, or a socket handshake's). A
 * value that is not valid percent-encoding is returned as sent: it is no session, and the
 * caller says so, instead of the decoder's URIError becoming a 500 on every route.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeCookie(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * A cookie value that is not valid percent-encoding is kept as sent, not a 500: no session has
 * such a token, so its holder is told the session ended and how to sign in again.
 */
function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function readCookie(req: Request, name: string): string | undefined {
  return cookieValue(req.get('cookie'), name);
}

export type AuthSettings = {
  botToken: string | undefined;
  initDataMaxAgeS: number;
  /** Known Mini App users, so a read is not preceded by a write. */
  users?: TelegramUserCache;
};

/** What a client presents: an Authorization header's value, or the dashboard's session cookie. */
export type Presented = { authorization?: string | undefined; session?: string | undefined };

/** Reads `Authorization: tma <initData>` or `Authorization: Bearer <token>`; anything else is 401. */
export async function authenticate(deps: Deps, auth: AuthSettings, req: Request): Promise<Caller> {
  return identify(deps, auth, { authorization: req.get('authorization'), session: readCookie(req, SESSION_COOKIE) });
}

/**
 * The one way a credential becomes a caller, for HTTP and the socket handshake alike: an
 * Authorization header first, else the session cookie; anything else is 401.
 */
export async function identify(deps: Pick<Deps, 'db'>, auth: AuthSettings, presented: Presented): Promise<Caller> {
  const header = presented.authorization;
  if (!header) {
    const session = presented.session;
    if (session) {
      const found = await findSession(deps.db, session);
      if (!found) throw new SessionExpiredError();
      return {
        user: found.user,
        via: 'session',
        scopes: 'all',
        credential: { kind: 'dashboard_session', id: found.sessionId },
      };
    }
    throw new UnauthorizedError('missing Authorization header (tma <initData> or Bearer <token>)');
  }
  const space = header.indexOf(' ');
  const scheme = header.slice(0, space).toLowerCase();
  const value = header.slice(space + 1).trim();
  if (space < 0 || !value) throw new UnauthorizedError('malformed Authorization header');

  if (scheme === 'tma') {
    if (!auth.botToken) throw new UnauthorizedError('Mini App sign-in is not configured on this server (BOT_TOKEN)');
    try {
      const { user } = validateInitData(value, auth.botToken, auth.initDataMaxAgeS);
      const row = auth.users ? await auth.users.resolve(user) : await upsertTelegramUser(deps.db, user);
      return { user: row, via: 'tma', scopes: 'all', credential: null };
    } catch (e) {
      if (e instanceof InitDataError) throw new UnauthorizedError(e.message);
      throw e;
    }
  }
  if (scheme === 'bearer') {
    const found = await authenticateApiToken(deps.db, value);
    if (!found) throw new UnauthorizedError('invalid or revoked API token');
    return {
      user: found.user,
      via: 'token',
      scopes: found.scopes,
      credential: { kind: 'api_token', id: found.tokenId },
    };
  }
  throw new UnauthorizedError(`unknown Authorization scheme "${scheme}"`);
}

/**
 * The actor a route acts as, once the caller is known. An API token reaches only routes that
 * name the scope it needs, and only with that scope: a route that names none refuses tokens,
 * so a route whose author forgot the scope is closed to tokens rather than open to all.
 */
export function actorFor(kind: Exclude<AuthKind, 'none'>, caller: Caller, scope?: ApiTokenScope): Actor {
  if (caller.via === 'token') {
    if (!scope) throw new ForbiddenError('API tokens cannot call this route; use the dashboard or the Mini App');
    if (caller.scopes === 'all' || !caller.scopes.includes(scope)) {
      throw new ForbiddenError(`this API token lacks the ${scope} scope`);
    }
  }
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
