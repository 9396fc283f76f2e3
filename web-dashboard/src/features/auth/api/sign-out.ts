import { ApiError } from '@codepool/shared/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markUserSignedOut } from '../../../lib/session.ts';

/** Ends the session on the server (the cookie is cleared in the answer). */
export async function signOut(): Promise<void> {
  let res: Response;
  try {
    res = await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Codepool could not be reached. Check your connection and try again.');
  }
  if (!res.ok) throw new ApiError(res.status, 'internal', 'Signing out failed. Please try again.');
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      markUserSignedOut();
      client.clear();
    },
  });
}
