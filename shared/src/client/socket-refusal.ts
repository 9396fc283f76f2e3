import { z } from 'zod';

/** Why the server refused a socket.io handshake: it sets `err.data` on the connect error. */
export const SocketRefusal = z.object({
  code: z.enum(['unauthorized', 'session_expired', 'forbidden']),
  message: z.string(),
});
export type SocketRefusal = z.infer<typeof SocketRefusal>;

/** The refusal a `connect_error` carries, or null for a transport failure worth retrying. */
export function socketRefusal(err: Error & { data?: unknown }): SocketRefusal | null {
  const parsed = SocketRefusal.safeParse(err.data);
  return parsed.success ? parsed.data : null;
}
