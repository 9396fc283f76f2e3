import type { ApiTokenScope } from '@codepool/shared';
import type { Request } from 'express';
import type { UserRow } from '../db/schema/index.ts';
import { sessionUser } from '../domain/auth/login-links.ts';
import type { Actor, Deps } from '../domain/context.ts';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.ts';
import { authenticateApiToken } from '../domain/users/api-tokens.ts';
import type { TelegramUserCache } from '../domain/users/telegram-user-cache.ts';
import { upsertTelegramUser } from '../domain/users/upsert-telegram-user.ts';
import { InitDataError, validateInitData } from '../lib/telegram-init-data.ts';

/** Who may call a route: nobody in particular, a buyer (Mini App), a seller (Mini App or API token), or either. */
export type AuthKind = 'none' | 'buyer' | 'seller' | 'user';

export type Caller = { user: UserRow; via: 'tma' | 'token' | 'session'; scopes: ApiTokenScope[] | 'all' };

export const SESSION_COOKIE = 'cp_session';

/** One cookie's value from a Cookie header (an HTTP request's, or a socket handshake's). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeCookie(part.slice(i + 1).trim());
  }
  return undefined;
}

/** A cookie value that is not valid percent-encoding is no cookie at all, not a 500. */
function decodeCookie(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
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

/** Reads `Authorization: tma <initData>` or `Authorization: Bearer <token>`; anything else is 401. */
export async function authenticate(deps: Deps, auth: AuthSettings, req: Request): Promise<Caller> {
  const header = req.get('authorization');
  if (!header) {
    const session = readCookie(req, SESSION_COOKIE);
    if (session) {
      const user = await sessionUser(deps.db, session);
      if (!user)
        throw new UnauthorizedError('your dashboard session has expired; sign in again with /dashboard in the bot');
      return { user, via: 'session', scopes: 'all' };
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
      return { user: row, via: 'tma', scopes: 'all' };
    } catch (e) {
      if (e instanceof InitDataError) throw new UnauthorizedError(e.message);
      throw e;
    }
  }
  if (scheme === 'bearer') {
    const found = await authenticateApiToken(deps.db, value);
    if (!found) throw new UnauthorizedError('invalid or revoked API token');
    return { user: found.user, via: 'token', scopes: found.scopes };
  }
  throw new UnauthorizedError(`unknown Authorization scheme "${scheme}"`);
}

/** The actor a route acts as, once the caller is known. */
export function actorFor(kind: Exclude<AuthKind, 'none'>, caller: Caller, scope?: ApiTokenScope): Actor {
  if (scope && caller.scopes !== 'all' && !caller.scopes.includes(scope)) {
    throw new ForbiddenError(`this API token lacks the ${scope} scope`);
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
