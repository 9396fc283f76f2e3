import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  /** A dashboard session cookie that no longer signs anyone in: the dashboard says "expired", not "signed out". */
  'session_expired',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'limit_exceeded',
  /** A download link that expired or was already used: ask for a new one. */
  'gone',
  'internal',
  /** Not now: the database is away or busy, or the server is at its bound; Retry-After says when to try again. */
  'unavailable',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every error answer of the API has this shape. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
