import type { ServerEventName, ServerEvents } from '@codepool/shared';
import { socketRefusal } from '@codepool/shared/client';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';

/**
 * One socket.io connection for the app, signed in with the same init data as the API
 * (`auth: { initData }`). Events carry ids and counts only; screens react by loading
 * the resource again. socket.io-client is a chunk of its own, fetched once the first screen
 * is on its way: screens subscribe here at any time, and each event is attached to the socket
 * when there is one.
 */
type ClientSocket = Socket<ServerEvents, Record<string, never>>;
type Listener = (payload: never) => void;

let socket: ClientSocket | null = null;
let connecting = false;
let connected = false;
const statusListeners = new Set<() => void>();
const listeners = new Map<string, Set<Listener>>();
const attached = new Set<string>();

function setConnected(next: boolean) {
  connected = next;
  for (const l of statusListeners) l();
}

/** One socket listener per event, handing the payload to every screen that subscribed. */
function attach(event: string) {
  if (!socket || attached.has(event)) return;
  attached.add(event);
  // socket.io's typed `on` needs the literal event name; the payload is the event's.
  const on = socket.on.bind(socket) as (e: string, l: (p: never) => void) => void;
  on(event, (payload) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  });
}

export function connectRealtime(initData: string) {
  if (connecting) return;
  connecting = true;
  void import('socket.io-client')
    .then(({ io }) => {
      const s = io({ auth: { initData }, transports: ['websocket', 'polling'] }) as ClientSocket;
      socket = s;
      s.on('connect', () => setConnected(true));
      s.on('disconnect', () => setConnected(false));
      s.on('connect_error', (err) => {
        setConnected(false);
        // A refused handshake will be refused again (the server says why in `err.data.code`); the API calls show the session message.
        if (socketRefusal(err)) s.disconnect();
      });
      for (const event of listeners.keys()) attach(event);
    })
    .catch(() => {
      // The chunk did not load (offline): screens still load on their own; a later call tries again.
      connecting = false;
    });
}

/** Calls `handler` for every `event` the server sends while the calling screen is mounted. */
export function useServerEvent<E extends ServerEventName>(event: E, handler: (payload: ServerEvents[E]) => void) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const subscribed = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, subscribed);
    const listener = (payload: ServerEvents[E]) => ref.current(payload);
    subscribed.add(listener as Listener);
    attach(event);
    return () => {
      subscribed.delete(listener as Listener);
    };
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
