import type { ErrorCode } from '@codepool/shared';

/** The one error hierarchy of the domain; the HTTP layer and the bot map `code` in one place each. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class ValidationError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('validation_failed', message, details);
  }
}
export class UnauthorizedError extends ServiceError {
  constructor(message = 'authentication required', details?: unknown) {
    super('unauthorized', message, details);
  }
}
export class SessionExpiredError extends ServiceError {
  constructor() {
    super('session_expired', 'your dashboard session has expired; sign in again with /dashboard in the bot');
  }
}
export class ForbiddenError extends ServiceError {
  constructor(message = 'not allowed') {
    super('forbidden', message);
  }
}
export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super('not_found', `${what} not found`);
  }
}
export class ConflictError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('conflict', message, details);
  }
}
export class PreconditionFailedError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('precondition_failed', message, details);
  }
}
export class LimitExceededError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('limit_exceeded', message, details);
  }
}

/** A download link past its minutes or already used. */
export class GoneError extends ServiceError {
  constructor(message: string) {
    super('gone', message);
  }
}
export class PayloadTooLargeError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('payload_too_large', message, details);
  }
}
export class UnsupportedMediaTypeError extends ServiceError {
  constructor(message: string, details?: unknown) {
    super('unsupported_media_type', message, details);
  }
}

/** Try again later: the server is at a bound (imports at once) or a resource is away. Carries Retry-After. */
export class UnavailableError extends ServiceError {
  constructor(
    message: string,
    readonly retryAfterS: number,
    details?: unknown,
  ) {
    super('unavailable', message, details);
  }
}
