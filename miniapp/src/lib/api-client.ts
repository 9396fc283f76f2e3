import { ErrorBody, type ErrorCode } from '@codepool/shared';
import type { z } from 'zod';
import { currentInitData, markSessionRefused } from './session.ts';
import { tolerantParse } from './tolerant-parse.ts';

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
export const isNotFound = (e: unknown) => isApiError(e) && e.status === 404;

/**
 * A 404 because this server has no such route yet (an endpoint another issue builds): the
 * API's catch-all answers `no route <METHOD> <path>`, unlike a missing resource.
 */
export const isMissingRoute = (e: unknown) => isNotFound(e) && /^no route\b/i.test((e as ApiError).message);

type RequestOptions = { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal };

const API_BASE = '/api';

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls the Codepool API as the Telegram user: `Authorization: tma <initData>` on every
 * request, the answer checked against its schema from `@codepool/shared`. A 401 means the
 * init data was refused; the whole app then asks the user to reopen it from the bot.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  { method = 'GET', body, signal }: RequestOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const initData = currentInitData();
  if (initData) headers.authorization = `tma ${initData}`;
  if (body !== undefined) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, 'network', 'Codepool could not be reached. Check your connection and try again.');
  }

  const payload = await readJson(res);
  if (!res.ok) {
    if (res.status === 401) markSessionRefused();
    const parsed = ErrorBody.safeParse(payload);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(res.status, code, message, details);
    }
    throw new ApiError(res.status, res.status >= 500 ? 'internal' : 'invalid_response', `HTTP ${res.status}`);
  }

  const result = tolerantParse(schema, payload);
  if (!result.ok) {
    console.warn(`[codepool] unexpected answer from ${method} ${path}`, result.problems);
    throw new ApiError(
      res.status,
      'invalid_response',
      'Codepool sent an answer this version of the app does not understand.',
    );
  }
  if (result.repaired.length > 0) {
    console.warn(`[codepool] ${method} ${path} lacked fields, read as empty:`, result.repaired.join(', '));
  }
  return result.data;
}

/** The text to show for a failed call: the server's own message, first letter capitalised. */
export function describeError(e: unknown): string {
  if (isApiError(e)) {
    if (e.code === 'unauthorized') return 'Your Telegram session could not be verified — reopen the app from the bot.';
    const m = e.message.trim();
    return m ? m.charAt(0).toUpperCase() + m.slice(1) : 'Something went wrong.';
  }
  return 'Something went wrong. Please try again.';
}
