import type { ErrorBody, ErrorCode } from '@codepool/shared';
import type { ErrorRequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { ServiceError, UnavailableError } from '../domain/errors.ts';
import { databaseUnavailable } from '../domain/pg-errors.ts';
import type { Logger } from '../lib/logger.ts';

/** The one place where error codes become HTTP statuses. */
export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  session_expired: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 422,
  limit_exceeded: 429,
  gone: 410,
  unavailable: 503,
  internal: 500,
};

/** What a client is told to wait when the database is away: a restart takes about this long. */
export const DATABASE_RETRY_AFTER_S = 2;

export function sendError(res: Response, code: ErrorCode, message: string, details?: unknown) {
  const body: ErrorBody = { error: { code, message, ...(details !== undefined ? { details } : {}) } };
  res.status(STATUS_OF[code]).json(body);
}

export function zodDetails(e: ZodError) {
  return e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

type BodyParserError = { type?: string; status?: number; expose?: boolean };

/** Maps every error to the design's shape; anything unknown is a 500 whose cause is logged, never shown. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof UnavailableError) res.setHeader('retry-after', String(err.retryAfterS));
    if (err instanceof ServiceError) return sendError(res, err.code, err.message, err.details);
    // The database away (restart, crash, network) or saturated is "try again", not a bug:
    // 503 with Retry-After, logged as a warning with the cause.
    const unavailable = databaseUnavailable(err);
    if (unavailable) {
      log.warn({ err, reason: unavailable, reqId: res.locals.requestId, path: req.path }, 'database unavailable');
      res.setHeader('retry-after', String(DATABASE_RETRY_AFTER_S));
      return sendError(res, 'unavailable', 'the database is unavailable or busy; try again shortly', {
        reason: unavailable,
      });
    }
    if (err instanceof ZodError) return sendError(res, 'validation_failed', 'invalid input', zodDetails(err));
    const bp = err as BodyParserError;
    switch (bp?.type) {
      case 'entity.parse.failed':
        return sendError(res, 'invalid_json', 'the body is not valid JSON (an object or an array is expected)');
      case 'entity.too.large':
        return sendError(res, 'payload_too_large', 'the body is too large');
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendError(res, 'unsupported_media_type', 'unsupported body encoding');
    }
    if (typeof bp?.status === 'number' && bp.status >= 400 && bp.status < 500 && bp.expose) {
      return sendError(res, 'validation_failed', 'the request could not be read');
    }
    log.error({ err, reqId: res.locals.requestId, method: req.method, path: req.path }, 'unhandled error');
    sendError(res, 'internal', 'internal error');
  };
}
