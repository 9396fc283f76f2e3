import type { ServerEvents as SharedServerEvents, SupplierOrderStatus } from '@codepool/shared';
import { socketRefusal } from '@codepool/shared/client';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';

/**
 * The server's events, with the supplier order event of issue 16's contract spelt out here
 * too: the intersection is the same type once shared/src/events.ts names it, so this file
 * needs no change when it does.
 */
type ServerEvents = SharedServerEvents & {
  'supplier-order-update': { orderId: string; poolId: string; status: SupplierOrderStatus };
};
type ServerEventName = keyof ServerEvents;
type ClientSocket = Socket<ServerEvents, Record<string, never>>;

/**
 * One socket.io connection to this same origin. It signs in with the session cookie the
 * browser sends along; events carry ids and counts only, and screens react by loading
 * what changed again.
 */
let socket: ClientSocket | null = null;
let connected = false;
const statusListeners = new Set<() => void>();
const socketListeners = new Set<() => void>();

function setConnected(next: boolean) {
  connected = next;
  for (const l of statusListeners) l();
}

export function connectRealtime() {
  if (socket) return;
  socket = io({ transports: ['websocket', 'polling'], withCredentials: true }) as ClientSocket;
  socket.on('connect', () => setConnected(true));
  socket.on('disconnect', () => setConnected(false));
  socket.on('connect_error', (err) => {
    setConnected(false);
    // A refused session will be refused again (the server says why in `err.data.code`); the API calls show the sign-in screen.
    if (socketRefusal(err)) socket?.disconnect();
  });
  for (const l of socketListeners) l();
}

export function disconnectRealtime() {
  socket?.disconnect();
  socket = null;
  setConnected(false);
  for (const l of socketListeners) l();
}

/** Calls `handler` for every `event` the server sends while the calling component is mounted. */
export function useServerEvent<E extends ServerEventName>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const ref = useRef(handler);
  ref.current = handler;
  const current = useSyncExternalStore(
    (l) => {
      socketListeners.add(l);
      return () => socketListeners.delete(l);
    },
    () => socket,
  );
  useEffect(() => {
    if (!current) return;
    const listener = (payload: ServerEvents[E]) => ref.current(payload);
    // socket.io's typed `on` wants the exact listener tuple; the event map guarantees it.
    (current.on as (e: string, l: (p: ServerEvents[E]) => void) => void)(event, listener);
    return () => {
      (current.off as (e: string, l: (p: ServerEvents[E]) => void) => void)(event, listener);
    };
  }, [current, event]);
}

export function useRealtimeConnected(): boolean {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => connected,
  );
}
