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
