import type http from 'node:http';
import type { ServerEvents } from '@codepool/shared';
import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { Server } from 'socket.io';
import type { Credential, Deps, EventSink } from '../domain/context.ts';
import { createTelegramUserCache } from '../domain/users/telegram-user-cache.ts';
import { type AuthSettings, cookieValue, identify, SESSION_COOKIE } from '../http/auth.ts';
import { INIT_DATA_MAX_BYTES } from '../lib/telegram-init-data.ts';

/** The socket's user, and the rooms its credential puts it in (its user's, its session's or token's). */
type SocketData = { userId: string; rooms: string[] };

const roomOf = (userId: string) => `user:${userId}`;
const credentialRoom = (c: Credential) => `${c.kind}:${c.id}`;

/**
 * Clients send nothing but the handshake (`auth: { initData }` or `{ token }`, at most a few
 * KB of init data); socket.io's default would buffer 1 MB per message. Room for the
 * largest init data we accept, its JSON quoting and the packet's framing.
 */
export const SOCKET_MAX_MESSAGE_BYTES = 2 * INIT_DATA_MAX_BYTES + 1024;

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
 * dashboard's session cookie), through the same identification as HTTP, and joins only its
 * own room; events carry ids and counts, never content. A socket opened with a session or
 * a token also joins that credential's room, so signing out or revoking the token
 * disconnects it, on every replica.
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
    maxHttpBufferSize: SOCKET_MAX_MESSAGE_BYTES,
  });
  // Several replicas: events published through PostgreSQL NOTIFY reach sockets on every one.
  if (pgPool) io.adapter(createAdapter(pgPool));
  // The same user cache as HTTP uses: a socket's connect is a read, not a write to users.
  const settings: AuthSettings = { ...auth, users: auth.users ?? createTelegramUserCache(deps.db) };
  io.use(async (socket, next) => {
    try {
      const { initData, token } = (socket.handshake.auth ?? {}) as { initData?: unknown; token?: unknown };
      const session = cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
      let authorization: string | undefined;
      if (typeof initData === 'string' && auth.botToken) authorization = `tma ${initData}`;
      else if (typeof token === 'string') authorization = `Bearer ${token}`;
      else if (!session) throw new Error('missing credentials');
      else if (!sameOrigin(socket.handshake.headers))
        throw new Error('the session cookie counts only from this origin');
      const caller = await identify(deps, settings, authorization ? { authorization } : { session });
      socket.data.userId = caller.user.id;
      socket.data.rooms = [roomOf(caller.user.id), ...(caller.credential ? [credentialRoom(caller.credential)] : [])];
      next();
    } catch (e) {
      next(new Error(`unauthorized: ${e instanceof Error ? e.message : 'bad credentials'}`));
    }
  });
  io.on('connection', (socket) => {
    void socket.join(socket.data.rooms);
  });
  const events: EventSink = {
    toUser: (userId, event, payload) => {
      // socket.io's typed emit needs the exact tuple; the map above guarantees it.
      (io.to(roomOf(userId)).emit as (e: string, p: unknown) => void)(event, payload);
    },
    credentialEnded: (credential) => {
      // Through the adapter: the socket may be held by another replica.
      io.in(credentialRoom(credential)).disconnectSockets(true);
    },
  };
  return { io, events };
}
