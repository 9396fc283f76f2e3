import { useSyncExternalStore } from 'react';

/**
 * The signed-in state the whole app shares: the raw init data every request carries, and
 * whether the server has refused it (tampered, signed for another bot, or too old).
 */
type SessionState = { initDataRaw: string | null; refused: boolean };

let state: SessionState = { initDataRaw: null, refused: false };
const listeners = new Set<() => void>();

function set(next: Partial<SessionState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export function startSession(initDataRaw: string) {
  set({ initDataRaw, refused: false });
}

export function markSessionRefused() {
  if (!state.refused) set({ refused: true });
}

export function currentInitData(): string | null {
  return state.initDataRaw;
}

function subscribe(fn: () => void) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useSessionRefused(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => state.refused,
    () => false,
  );
}
