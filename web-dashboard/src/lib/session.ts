import type { ErrorCode } from '@codepool/shared';
import { useSyncExternalStore } from 'react';

/**
 * Whether the server has refused the session cookie (expired, revoked, signed out in
 * another tab). Any API call that gets a 401 flips it, and the whole dashboard shows the
 * sign-in explanation instead of half-loaded screens.
 */
export type SessionState = { status: 'active' } | { status: 'signed-out'; reason: 'expired' | 'signed-out' | 'none' };

let state: SessionState = { status: 'active' };
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  for (const l of listeners) l();
}

export function markSignedOut(code: ErrorCode) {
  if (state.status === 'signed-out') return;
  set({ status: 'signed-out', reason: code === 'session_expired' ? 'expired' : 'none' });
}

export function markUserSignedOut() {
  set({ status: 'signed-out', reason: 'signed-out' });
}

export function markSignedIn() {
  if (state.status !== 'active') set({ status: 'active' });
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
