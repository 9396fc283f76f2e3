import { ErrorBody, type ErrorCode } from '@codepool/shared';
import type { z } from 'zod';
import { markSignedOut } from './session.ts';

export type ApiErrorCode = ErrorCode | 'network' | 'invalid_response';

/** A failed call, carrying the server's `{ error: { code, message } }` when it sent one. */
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

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type RequestOptions = { method?: Method; body?: unknown; signal?: AbortSignal | undefined };

export function readPayload(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Turns a non-2xx answer into an ApiError with the server's own message; a 401 ends the session on screen. */
export function failure(status: number, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (status === 401) markSignedOut(parsed.success ? parsed.data.error.code : 'unauthorized');
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'invalid_response', `The server answered HTTP ${status}.`);
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
    throw new ApiError(0, 'network', 'Codepool could not be reached. Check your connection and try again.');
  }
  const payload = readPayload(await res.text());
  if (!res.ok) throw failure(res.status, payload);
  return parseAnswer(schema, payload, `${method} ${path}`);
}

/** The message to show for a failed call: the server's own words, first letter capitalised. */
export function describeError(e: unknown): string {
  const message = e instanceof Error ? e.message.trim() : '';
  if (!message) return 'Something went wrong. Please try again.';
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** `?a=1&b=2` from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] != null && e[1] !== '');
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
