import type { ServerEventName, ServerEvents } from '@codepool/shared';
import { socketRefusal } from '@codepool/shared/client';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';

/**
 * One socket.io connection for the app, signed in with the same init data as the API
 * (`auth: { initData }`). Events carry ids and counts only; screens react by loading
 * the resource again.
 */
type ClientSocket = Socket<ServerEvents, Record<string, never>>;

let socket: ClientSocket | null = null;
let connected = false;
const statusListeners = new Set<() => void>();

function setConnected(next: boolean) {
  connected = next;
  for (const l of statusListeners) l();
}

export function connectRealtime(initData: string) {
  if (socket) return;
  socket = io({ auth: { initData }, transports: ['websocket', 'polling'] }) as ClientSocket;
  socket.on('connect', () => setConnected(true));
  socket.on('disconnect', () => setConnected(false));
  socket.on('connect_error', (err) => {
    setConnected(false);
    // A refused handshake will be refused again (the server says why in `err.data.code`); the API calls show the session message.
    if (socketRefusal(err)) socket?.disconnect();
  });
}

/** Calls `handler` for every `event` the server sends while the calling screen is mounted. */
export function useServerEvent<E extends ServerEventName>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const s = socket;
    if (!s) return;
    const listener = (payload: ServerEvents[E]) => ref.current(payload);
    // socket.io's typed `on` needs the literal event name; E is one of them.
    const on = s.on.bind(s) as (e: string, l: (p: ServerEvents[E]) => void) => void;
    const off = s.off.bind(s) as (e: string, l: (p: ServerEvents[E]) => void) => void;
    on(event, listener);
    return () => off(event, listener);
  }, [event]);
}

export function useRealtimeConnected(): boolean {
  return useSyncExternalStore(
    (fn) => {
      statusListeners.add(fn);
      return () => statusListeners.delete(fn);
    },
    () => connected,
    () => false,
  );
}
