import type { RequestHandler } from 'express';
import { ValidationError } from '../domain/errors.ts';

/**
 * Where in a parsed value a string (or an object key) holds a NUL character, if anywhere.
 * PostgreSQL refuses NUL in `text` and `jsonb`, so such a value would fail deep inside an
 * operation as a 500; refused at the door, it is a 400 naming the field. Iterative: the depth
 * of a JSON body is the caller's choice.
 */
export function findNul(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return at;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], at ? `${at}.${i}` : String(i)]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k;
        if (k.includes('\u0000')) return path;
        stack.push([child, path]);
      }
    }
  }
  return null;
}

const nulError = (where: string, path: string) =>
  new ValidationError(`text may not contain NUL (\\u0000) characters (${where})`, [
    { path, message: 'contains a NUL character' },
  ]);

/**
 * The path and query of every API request: valid percent-encoding (a route's parameters are
 * decoded from it) and no NUL anywhere, before any route sees them.
 */
export const refuseBadPathAndQuery: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    throw new ValidationError('the path is not valid percent-encoding');
  }
  if (path.includes('\u0000')) throw nulError('path', '');
  const inQuery = findNul(req.query);
  if (inQuery !== null) throw nulError('query', inQuery);
  next();
};

/** Every string of a parsed JSON body, after the JSON parser. */
export const refuseNulInBody: RequestHandler = (req, _res, next) => {
  const inBody = findNul(req.body);
  if (inBody !== null) throw nulError('body', inBody);
  next();
};
