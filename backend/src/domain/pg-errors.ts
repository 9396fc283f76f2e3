/** PostgreSQL error checks, so operations can turn a constraint into a domain error. */
function pgError(e: unknown): { code?: string; constraint?: string } | null {
  let cur: unknown = e;
  // drizzle wraps driver errors; the pg error is the cause.
  for (let i = 0; i < 3 && cur && typeof cur === 'object'; i++) {
    if ('code' in cur && typeof cur.code === 'string') return cur as { code?: string; constraint?: string };
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const pe = pgError(e);
  return pe?.code === '23505' && (constraint === undefined || pe.constraint === constraint);
}

/**
 * Why the database could not serve a call although the call itself was fine: no connection
 * could be had (server down, restarting, refusing), none was free in time, or the one in use
 * was lost mid-call. The driver reports the first and last without a SQLSTATE, so the
 * database client (`db/client.ts`) wraps them in this error at the edge where it knows.
 */
export type UnavailableReason = 'unreachable' | 'acquire_timeout' | 'connection_lost' | 'overloaded';

export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(`database unavailable: ${reason}`, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * SQLSTATEs that say "not now" rather than "not this": connection exceptions (class 08),
 * admin_shutdown, crash_shutdown and cannot_connect_now (57P01–57P03), too_many_connections
 * (53300), query_canceled (57014: statement_timeout, or a cancel during shutdown) and
 * idle_in_transaction_session_timeout (25P03).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25P03']);

/** Five characters; no class starts with E, which keeps Node's EPIPE and the like out. */
const isSqlstate = (code: string) => /^[0-9A-DF-Z][0-9A-Z]{4}$/.test(code);

function sqlstateUnavailable(code: string): UnavailableReason | null {
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return 'unreachable';
  if (UNAVAILABLE_SQLSTATES.has(code)) return 'overloaded';
  return null;
}

/** The reason when `e` (or an error it wraps) means the database is away or overloaded, else null. */
export function databaseUnavailable(e: unknown): UnavailableReason | null {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    if (cur instanceof DatabaseUnavailableError) return cur.reason;
    if ('code' in cur && typeof cur.code === 'string' && isSqlstate(cur.code)) {
      return sqlstateUnavailable(cur.code);
    }
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}

/** A SQLSTATE that says the request or the configuration is wrong (bad password, no such database). */
export function hasOtherSqlstate(e: unknown): boolean {
  const pe = pgError(e);
  return typeof pe?.code === 'string' && isSqlstate(pe.code) && sqlstateUnavailable(pe.code) === null;
}
