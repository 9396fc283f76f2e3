import type http from 'node:http';
import type { ErrorCode, ServerEvents } from '@codepool/shared';
import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { Server } from 'socket.io';
import { type AuthSettings, type Credentials, identify } from '../domain/auth/identify.ts';
import type { Credential, Deps, EventSink } from '../domain/context.ts';
import { ServiceError, UnauthorizedError } from '../domain/errors.ts';
import { databaseUnavailable } from '../domain/pg-errors.ts';
import { cookieValue, SESSION_COOKIE } from '../http/auth.ts';
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

type Handshake = { auth?: Record<string, unknown>; headers: http.IncomingHttpHeaders };

/**
 * What a handshake presents: `auth: { initData }` (read only where Mini App sign-in is
 * configured), else `auth: { token }`, else the dashboard's session cookie from a page of
 * this origin.
 */
function handshakeCredentials(handshake: Handshake, auth: AuthSettings): Credentials {
  const { initData, token } = (handshake.auth ?? {}) as { initData?: unknown; token?: unknown };
  if (typeof initData === 'string' && auth.botToken) return { initData };
  if (typeof token === 'string') return { apiToken: token };
  const session = cookieValue(handshake.headers.cookie, SESSION_COOKIE);
  if (!session) throw new UnauthorizedError('missing credentials');
  if (!sameOrigin(handshake.headers)) throw new UnauthorizedError('the session cookie counts only from this origin');
  return { session };
}

/**
 * A refused handshake's error, as socket.io hands it to the client: the message says
 * `unauthorized: <why>` (what clients have matched on), and `data` carries the API error
 * shape's `code` (`unauthorized`, `session_expired`, `forbidden`; `unavailable` or
 * `internal` when the check itself failed), so clients branch on the code.
 */
export type HandshakeRefusal = Error & { data: { code: ErrorCode; message: string } };

function refusal(e: unknown): HandshakeRefusal {
  const message = e instanceof Error ? e.message : 'bad credentials';
  const code: ErrorCode = e instanceof ServiceError ? e.code : databaseUnavailable(e) ? 'unavailable' : 'internal';
  return Object.assign(new Error(`unauthorized: ${message}`), { data: { code, message } });
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
  io.use(async (socket, next) => {
    try {
      const caller = await identify(
        { db: deps.db, auth },
        { credentials: handshakeCredentials(socket.handshake, auth) },
      );
      socket.data.userId = caller.user.id;
      socket.data.rooms = [roomOf(caller.user.id), ...(caller.credential ? [credentialRoom(caller.credential)] : [])];
      next();
    } catch (e) {
      next(refusal(e));
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
