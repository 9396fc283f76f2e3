import type http from 'node:http';
import type { ServerEvents } from '@codepool/shared';
import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { Server } from 'socket.io';
import { sessionUser } from '../domain/auth/login-links.ts';
import type { Deps, EventSink } from '../domain/context.ts';
import { authenticateApiToken } from '../domain/users/api-tokens.ts';
import { upsertTelegramUser } from '../domain/users/upsert-telegram-user.ts';
import { type AuthSettings, cookieValue, SESSION_COOKIE } from '../http/auth.ts';
import { validateInitData } from '../lib/telegram-init-data.ts';

type SocketData = { userId: string };

const roomOf = (userId: string) => `user:${userId}`;

/**
 * A cookie rides along on any request to this origin, a page on another site opening a
 * socket included: the dashboard's session counts only from a page of this same origin.
 */
function sameOrigin(headers: http.IncomingHttpHeaders): boolean {
  const { origin, host } = headers;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * socket.io with one room per user. A socket proves who it is in the handshake
 * (`auth: { initData }` from the Mini App, `auth: { token }` for a seller tool, or the
 * dashboard's session cookie) and joins only its own room; events carry ids and counts,
 * never content.
 */
export function createRealtime(
  httpServer: http.Server,
  deps: Omit<Deps, 'events'>,
  auth: AuthSettings,
  { pgPool }: { pgPool?: pg.Pool } = {},
) {
  const io = new Server<Record<string, never>, ServerEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    cors: { origin: false },
  });
  // Several replicas: events published through PostgreSQL NOTIFY reach sockets on every one.
  if (pgPool) io.adapter(createAdapter(pgPool));
  io.use(async (socket, next) => {
    try {
      const { initData, token } = (socket.handshake.auth ?? {}) as { initData?: unknown; token?: unknown };
      const session = cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
      if (typeof initData === 'string' && auth.botToken) {
        const { user } = validateInitData(initData, auth.botToken, auth.initDataMaxAgeS);
        socket.data.userId = (await upsertTelegramUser(deps.db, user)).id;
      } else if (typeof token === 'string') {
        const found = await authenticateApiToken(deps.db, token);
        if (!found) throw new Error('invalid token');
        socket.data.userId = found.user.id;
      } else if (session) {
        if (!sameOrigin(socket.handshake.headers)) throw new Error('the session cookie counts only from this origin');
        const user = await sessionUser(deps.db, session);
        if (!user) throw new Error('your dashboard session has expired');
        socket.data.userId = user.id;
      } else {
        throw new Error('missing credentials');
      }
      next();
    } catch (e) {
      next(new Error(`unauthorized: ${e instanceof Error ? e.message : 'bad credentials'}`));
    }
  });
  io.on('connection', (socket) => {
    void socket.join(roomOf(socket.data.userId));
  });
  const events: EventSink = {
    toUser: (userId, event, payload) => {
      // socket.io's typed emit needs the exact tuple; the map above guarantees it.
      (io.to(roomOf(userId)).emit as (e: string, p: unknown) => void)(event, payload);
    },
  };
  return { io, events };
}
