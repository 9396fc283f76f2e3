import {
  ApiError,
  describeError as describe,
  errorFromAnswer,
  networkError,
  readPayload,
} from '@codepool/shared/client';
import type { Translator } from '@codepool/shared/i18n';
import type { z } from 'zod';
import { currentInitData, markSessionRefused } from './session.ts';
import { tolerantParse } from './tolerant-parse.ts';

type RequestOptions = { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal };

const API_BASE = '/api';

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
    throw networkError();
  }

  const payload = readPayload(await res.text());
  if (!res.ok) {
    if (res.status === 401) markSessionRefused();
    throw errorFromAnswer(res.status, payload);
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

/**
 * The sentence to show for a failed call, in the reader's language; a refused session says how
 * to get a fresh one.
 */
export const describeError = (e: unknown, i18n: Pick<Translator, 'locale' | 't' | 'has'>) =>
  describe(e, { byCode: { unauthorized: i18n.t('app-session-refused-text') }, i18n });
