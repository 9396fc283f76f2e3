import { ApiError, errorFromAnswer, networkError, readPayload } from '@codepool/shared/client';
import type { z } from 'zod';
import { markSignedOut } from './session.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RequestOptions = { method?: Method; body?: unknown; signal?: AbortSignal | undefined };

/** Turns a non-2xx answer into an ApiError with the server's own message; a 401 ends the session on screen. */
export function failure(status: number, payload: unknown): ApiError {
  const error = errorFromAnswer(status, payload);
  // An expired session (`session_expired`) is told apart from never signed in by its code.
  if (status === 401) markSignedOut(error.code === 'session_expired' ? 'session_expired' : 'unauthorized');
  return error;
}

/** Checks an answer against its schema from `@codepool/shared`. */
export function parseAnswer<S extends z.ZodType>(schema: S, payload: unknown, what: string): z.output<S> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    console.warn(`[codepool] unexpected answer from ${what}`, result.error.issues);
    throw new ApiError(200, 'invalid_response', 'The server sent an answer this dashboard does not understand.');
  }
  return result.data;
}

/**
 * A request body checked against its schema before it is sent. A form's mistake becomes the
 * same `validation_failed` error, with details by field path, that the server would answer,
 * so forms show it beside the field instead of a generic failure.
 */
export function checkInput<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ApiError(400, 'validation_failed', 'Some fields need fixing: see the messages beside them.', details);
}

/**
 * Calls the API as the signed-in seller. The session is the httpOnly cookie the sign-in
 * link set, so there is no token to attach: the browser sends it to this origin.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  { method = 'GET', body, signal }: RequestOptions = {},
): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw networkError();
  }
  const payload = readPayload(await res.text());
  if (!res.ok) throw failure(res.status, payload);
  return parseAnswer(schema, payload, `${method} ${path}`);
}

/** `?a=1&b=2` from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] != null && e[1] !== '');
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
