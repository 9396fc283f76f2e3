import { ErrorBody, type ErrorCode } from '../errors.ts';

/** The server's codes, plus two the client gives itself: no answer at all, or one it cannot read. */
export type ApiErrorCode = ErrorCode | 'network' | 'invalid_response';

/** An API call that did not succeed, carrying the server's `{ error: { code, message } }` when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A 404: a resource that does not exist or is not yours (the API does not tell them apart, on purpose). */
export const isNotFound = (e: unknown): e is ApiError => isApiError(e) && e.status === 404;

/** The call never got an answer (offline, DNS, the server away). */
export const networkError = () =>
  new ApiError(0, 'network', 'Codepool could not be reached. Check your connection and try again.');

/**
 * A non-2xx answer as an ApiError: the server's code and message when the body is an
 * `ErrorBody`, otherwise `internal` for a 5xx and `invalid_response` for anything else.
 */
export function errorFromAnswer(status: number, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'invalid_response', `The server answered HTTP ${status}.`);
}
