import type { Request } from 'express';
import { type AuthSettings, type Caller, type Credentials, identify } from '../domain/auth/identify.ts';
import type { Deps } from '../domain/context.ts';
import { UnauthorizedError } from '../domain/errors.ts';

/**
 * The HTTP side of identification: an Authorization header or the dashboard's session cookie
 * read into credentials for `domain/auth/identify.ts`, which decides who is calling.
 */

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

/**
 * `Authorization: tma <initData>` or `Authorization: Bearer <token>` first, else the session
 * cookie; no credential at all, a malformed header or another scheme is 401.
 */
export function credentialsOf(authorization: string | undefined, session: string | undefined): Credentials {
  if (!authorization) {
    if (session) return { session };
    throw new UnauthorizedError('missing Authorization header (tma <initData> or Bearer <token>)');
  }
  const space = authorization.indexOf(' ');
  const scheme = authorization.slice(0, space).toLowerCase();
  const value = authorization.slice(space + 1).trim();
  if (space < 0 || !value) throw new UnauthorizedError('malformed Authorization header');
  if (scheme === 'tma') return { initData: value };
  if (scheme === 'bearer') return { apiToken: value };
  throw new UnauthorizedError(`unknown Authorization scheme "${scheme}"`);
}

/** Who is calling this request. */
export async function authenticate(deps: Pick<Deps, 'db'>, auth: AuthSettings, req: Request): Promise<Caller> {
  const credentials = credentialsOf(req.get('authorization'), readCookie(req, SESSION_COOKIE));
  return identify({ db: deps.db, auth }, { credentials });
}
